"""Plain-words descriptions of a routine, for its page ("What you will do")."""

from .models import Routine


def what_you_will_do(routine: Routine) -> list[str]:
    """One line per distinct step, naming every phase in order, not only the last one.

    A box breath reads "One box breath: Breathe in ... Hold ... Breathe out ... Pause ...", so
    nobody is surprised by a hold the list left out.
    """
    lines: list[str] = []
    for step in (*routine.intro, *routine.cycle, *routine.closing):
        text = f"{step.title}: " + " ".join(phase.instruction for phase in step.phases)
        if text not in lines:
            lines.append(text)
    return lines
