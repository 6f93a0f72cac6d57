"""Round-22 fix the lead made while integrating: a person named as the object inside a
relative clause ("X, who met Y at ..., said ... He declined") gets no gender evidence from
the pronoun that follows, which is the main subject's."""

from __future__ import annotations

TEXT = ("Sweden and Finland narrow gap on herring\n\n"
        "HELSINKI, Oct 15 - Sweden and Finland narrowed their differences over herring on Wednesday.\n\n"
        "\"We have moved further in two days than in two years,\" Finland's Minister of Fisheries, "
        "Ingrid Lahti, told reporters.\n\n"
        "Swedish Fisheries Minister Tomas Berg, who met Lahti on Tuesday evening at the Finlandia concert hall "
        "in central Helsinki, said Sweden was ready to offer more. He declined to give a figure.\n\n"
        "The Finnish Fishing Association said in a statement that any deal must be fair. Its director, "
        "Hanna Virta, told the broadcaster Yle that boats would lose money.\n\n"
        "Asked whether a deal could be signed this year, Lahti was careful. \"We are close enough to see it,\" "
        "she said.")


def test_pronoun_after_a_relative_clause_object_does_not_make_her_a_man(run):
    x = run(TEXT)
    speakers = {s.speaker for s in x.statements if s.quote and s.quote.startswith("We are close enough")}
    assert speakers == {"ingrid-lahti"}
