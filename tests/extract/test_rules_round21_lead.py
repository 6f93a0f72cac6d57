"""Round-21 fixes the lead made while integrating: the post and side of the person
named in a press release's contact block, and a name after a title with its
portfolio ("said Minister of Trade Ana Ruzita") as the speaker, not an unnamed
"Minister of Ana Ruzita"."""

from __future__ import annotations


def _rel(x, pred: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object or r.literal) for r in x.relations if r.predicate == pred}


RELEASE = ("Vietnam and Laos sign ferry memorandum\n\n"
           "VIENTIANE, 3 March 2026 - Vietnam and Laos today signed the Memorandum on River Ferry Services.\n\n"
           "-ENDS-\n\n"
           "Media contact\n\n"
           "Thi Hoa Nguyen\n"
           "Principal Press Officer\n"
           "Press Unit, Ministry of Transport Vietnam\n"
           "Tel: +84-24-0000 0000\n")


def test_contact_block_gives_the_post_and_the_country_of_the_ministry(run):
    x = run(RELEASE)
    person = next(k for k, e in x.entities.items() if e.type == "Person" and "Nguyen" in e.label)
    posts = {x.entities[o].label for s, o in _rel(x, "holdsPosition") if s == person}
    assert any(p.startswith("Principal Press Officer") for p in posts)
    assert (person, "vietnam") in _rel(x, "represents")


def test_a_phone_line_under_a_name_is_no_post(run):
    x = run(RELEASE.replace("Principal Press Officer\n", ""))
    person = next(k for k, e in x.entities.items() if e.type == "Person" and "Nguyen" in e.label)
    assert not {o for s, o in _rel(x, "holdsPosition") if s == person}


def test_name_after_a_title_and_portfolio_is_the_speaker(run):
    x = run("Ferry talks end\n\n"
            "HANOI - Vietnam and Laos ended ferry talks on Monday.\n\n"
            "\"We will run ferries from next year,\" said Minister of Trade Ana Ruzita.")
    assert not [e for e in x.entities.values() if e.type == "Person" and e.label.startswith("Minister")]
    speakers = {x.entities[s.speaker].label for s in x.statements if s.speaker in x.entities}
    assert "Ana Ruzita" in speakers


def test_a_spokesman_for_a_named_person_is_not_that_person(run):
    x = run("Ferry talks end\n\n"
            "HANOI - Vietnam and Laos ended ferry talks on Monday.\n\n"
            "\"We will run ferries from next year,\" said a spokesman for Ana Ruzita.")
    speakers = {x.entities[s.speaker].label for s in x.statements if s.speaker in x.entities}
    assert "Ana Ruzita" not in speakers
