"""The urgency rules: one table, read top to bottom, kept in two files by urgency
(rules_act_now.py: emergency and urgent; rules_see_doctor.py; rule.py holds the Rule type).

Each rule names its id (HAZARD_LOG.md lists the hazard it controls and the test that proves it),
its urgency, the words the person reads, the matcher that raises it, and the key of the source it
rests on (sources.py). The overall urgency is the most urgent rule raised, so a red flag can never
be outweighed by reassuring answers. The one deliberate exception to "telling us more never
lowers urgency" is epilepsy: a seizure in someone without epilepsy is an emergency, while for
someone with known epilepsy the seizure plan applies and the rule is urgent (D13).

Ids: E_ emergency, U_ urgent (today), D1-D14 the original "see a doctor" signs of CONTENT-FACTS,
S_ further "see a doctor" signs.
"""

from __future__ import annotations

from .rule import Rule
from .rules_act_now import EMERGENCY_RULES, URGENT_RULES
from .rules_see_doctor import SEE_DOCTOR_RULES

__all__ = ["EMERGENCY_RULES", "RULES", "SEE_DOCTOR_RULES", "URGENT_RULES", "Rule"]

RULES: tuple[Rule, ...] = EMERGENCY_RULES + URGENT_RULES + SEE_DOCTOR_RULES
assert len({rule.id for rule in RULES}) == len(RULES), "rule ids must be unique"
