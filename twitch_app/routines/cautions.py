"""The see-a-doctor advice every routine carries in its cautions.

The shared ids and article titles routines refer to live in twitch_app/ids.py.
"""

# Every routine ends its cautions with this sentence: the exercises ease tension but are never a
# substitute for a doctor when a red flag (D1, D2, D3, D6 in the digest) is present.
SEE_A_DOCTOR = (
    "These exercises ease tension; they do not treat an underlying cause. See a doctor if a "
    "twitch lasts more than 2 weeks from when it started or keeps coming back (an eyelid "
    "flicker and jerks only as you fall asleep have their own advice), shows up in several "
    "parts of the body, or comes with weakness, stiffness, muscle loss, numbness or tingling."
)
SEE_A_DOCTOR_FLAGS: tuple[str, ...] = ("D1", "D2", "D3", "D6")
