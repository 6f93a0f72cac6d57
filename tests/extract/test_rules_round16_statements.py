"""Round-16 rules for statements (items S1-S3), each shown on invented
sentences (no name or sentence taken from any gold article)."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote

_LV_LT = (
    "Latvia and Lithuania agree on border checks\n\n"
    "RIGA, May 6 — Latvia and Lithuania agreed on Tuesday to share customs data at the border.\n\n"
    "{body}\n"
)


# -- S1: a reported clause starts after the speech verb that follows the speaker ----------
def test_a_name_that_reads_as_a_verb_phrase_stays_out_of_the_clause(run):
    x = run(_LV_LT.format(body="Share What You Earn Latvia said the text was weak."))
    s = statement_by_quote(x, "the text was weak")
    assert s.quote == "the text was weak"
    assert s.kind == "reported"


def test_a_clause_with_a_fronted_object_keeps_its_words(run):
    x = run(_LV_LT.format(body="Officials in Riga said what the customs service wanted was more staff."))
    s = statement_by_quote(x, "wanted was more staff")
    assert s.quote.startswith("what the customs service")


# -- S2: an unnamed speaker's label keeps the owner of the body they speak for -------------
def _speaker_of(x, words: str):
    s = statement_by_quote(x, words)
    return x.entities[s.speaker]


def test_a_country_s_ministry_spokesperson_keeps_the_country(run):
    x = run(_LV_LT.format(body="Lithuania's foreign ministry spokesperson said the checks would start in June."))
    e = _speaker_of(x, "checks would start in June")
    assert e.unnamed and e.label == "spokesperson for Lithuania's foreign ministry"
    assert any(r.subject == e.key and r.predicate == "represents" and r.object == "lithuania" for r in x.relations)


def test_a_spokesman_for_a_country_s_service_keeps_the_country(run):
    x = run(_LV_LT.format(body="A spokesman for Latvia's Revenue Service said the audit would end in May."))
    e = _speaker_of(x, "audit would end in May")
    assert e.unnamed and e.label == "spokesman for Latvia's Revenue Service"


def test_a_country_s_named_service_spokeswoman_reads_for_the_service(run):
    x = run(_LV_LT.format(body="Latvia's Revenue Service spokeswoman said the audit had found no fraud."))
    e = _speaker_of(x, "audit had found no fraud")
    assert e.unnamed and e.label == "spokeswoman for Latvia's Revenue Service"


def test_a_country_s_title_without_a_body_is_unchanged(run):
    x = run(_LV_LT.format(body="Lithuania's chief negotiator said the text was nearly ready."))
    e = _speaker_of(x, "text was nearly ready")
    assert "for Lithuania" not in e.label and "negotiator" in e.label


def test_a_spokesman_for_a_plain_ministry_is_unchanged(run):
    x = run(_LV_LT.format(body="A spokesman for the Latvian Ministry of Finance said the audit was over."))
    e = _speaker_of(x, "the audit was over")
    assert e.label.startswith("spokesman for ") and e.label.endswith("Ministry of Finance") and "'s" not in e.label


def test_a_spokesman_for_a_country_s_unnamed_ministry(run):
    x = run(_LV_LT.format(body="A spokesman for Lithuania's foreign ministry said the checks would start in June."))
    e = _speaker_of(x, "checks would start in June")
    assert e.unnamed and e.label == "spokesman for Lithuania's foreign ministry"
    assert any(r.subject == e.key and r.predicate == "represents" and r.object == "lithuania" for r in x.relations)


# -- S3: a person's office speaking is an unnamed speaker for the person's country ----------
_ME_RS = (
    "Montenegro and Serbia sign rail deal\n\n"
    "PODGORICA, May 6 — Montenegro and Serbia signed a rail deal on Tuesday.\n\n"
    "Montenegro's Prime Minister Vesna Radulic welcomed the deal. {body}\n"
)


def test_the_country_speaking_after_its_leader_stays_the_country(run):
    x = run(_ME_RS.format(body="Montenegro said the line would open in 2028."))
    assert statement_by_quote(x, "line would open in 2028").speaker == "montenegro"


def test_a_leader_s_office_is_an_unnamed_speaker_for_her_country(run):
    x = run(_ME_RS.format(body="Radulic's office said the costs would be shared equally."))
    s = statement_by_quote(x, "costs would be shared equally")
    e = x.entities[s.speaker]
    assert e.unnamed and e.label == "office of Vesna Radulic"
    assert s.speaker != "vesna-radulic"
    assert any(r.subject == e.key and r.predicate == "represents" and r.object == "montenegro" for r in x.relations)


def test_the_press_office_of_a_named_leader(run):
    x = run(_ME_RS.format(body="The press office of Vesna Radulic said the costs would be shared equally."))
    e = x.entities[statement_by_quote(x, "costs would be shared equally").speaker]
    assert e.unnamed and e.label == "press office of Vesna Radulic"


def test_an_unowned_ministry_speaking_is_a_body_not_a_person(run):
    x = run("Latvia and Lithuania resumed talks on Monday. The trade ministry said the tariffs would go. "
            "A Latvian official said the talks were useful.")
    ministry = x.entities[statement_by_quote(x, "tariffs would go").speaker]
    official = x.entities[statement_by_quote(x, "talks were useful").speaker]
    assert (ministry.label, ministry.type) == ("trade ministry", "GovernmentAgency")
    assert official.type == "Person"
