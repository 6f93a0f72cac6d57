"""Session 31 (H3): reported statements in lead sentences ('<clause>, <speaker> said, <framing
phrase>'), shown on invented sentences (countries, towns and people made up)."""

from __future__ import annotations

DATE = "2025-03-03"


def _quotes(x, speaker: str | None = None) -> list[str]:
    return [s.quote for s in x.statements if speaker is None or s.speaker == speaker]


# -- ', that were ...' after the speaker phrase: a relative clause, not what was said ----------------
def test_relative_clause_after_speaker_phrase_is_no_report(run):
    x = run("LODAR, Tarvia, Oct 17 - Tarvia and Kessia have agreed to cut next year's quota for cod in the "
            "Vell Sea by a further 15 percent, the two delegations said in a joint statement on Thursday, "
            "after four days of talks in Lodar, in northern Tarvia, that were overshadowed by a row over "
            "Kessian trawlers near Orra.", DATE)
    quotes = _quotes(x)
    assert any(q.startswith("Tarvia and Kessia have agreed to cut") for q in quotes), quotes
    assert not any("overshadowed" in q for q in quotes), quotes


def test_demonstrative_that_clause_is_still_reported(run):
    # 'said that was ...' (no comma): 'that' is the clause's own subject, the words are said
    x = run("The talks on the Vell dam ended on Monday. The Kessian minister said that was not the "
            "end of the matter.", DATE)
    assert any("was not the end of the matter" in q for q in _quotes(x)), _quotes(x)


# -- ', <n> years after ...' / ', the first step since ...' after the speaker phrase ------------------
def test_time_span_after_speaker_phrase_frames_the_report(run):
    x = run("LODAR, Nov 18 (Orra Wire) - Tarvia and Kessia agreed on Tuesday to reconvene the joint "
            "committee that regulates shipping in the Orra waterway and to extend opening hours at the Pell "
            "crossing, officials from both countries said, three years after a court ruling threw the "
            "arrangement into doubt.", DATE)
    quotes = _quotes(x)
    assert any(q.startswith("Tarvia and Kessia agreed on Tuesday to reconvene") for q in quotes), quotes
    assert not any("court ruling" in q for q in quotes), quotes


def test_noun_phrase_summing_up_the_report_frames_it(run):
    x = run("LODAR - Tarvia and Kessia will draft rules that let fishermen from both countries work the "
            "waters off Lodar under a single licence, officials from the two governments said, the first "
            "practical step on the boundary since the court ruled on it.", DATE)
    quotes = _quotes(x)
    assert any(q.startswith("Tarvia and Kessia will draft rules") for q in quotes), quotes
    assert not any("first practical step" in q for q in quotes), quotes


def test_clause_after_speaker_phrase_is_not_a_framing_phrase(run):
    # 'the road would reopen' is a clause of its own (its subject, its verb), not a phrase
    # summing up the report: the words before the speaker are not taken on its strength
    x = run("LODAR - Tarvia and Kessia will draft rules for fishermen in the waters off Lodar, "
            "officials from the two governments said, the road would reopen in May.", DATE)
    assert not any(q.startswith("Tarvia and Kessia will draft rules") for q in _quotes(x)), _quotes(x)


def test_count_of_people_after_speaker_phrase_is_no_time_span(run):
    from kg.extract.reported_speech_trailing import _time_before_event

    class W:
        def __init__(self, text: str) -> None:
            self.lower_ = text.lower()
            self.like_num = text.isdigit() or text.lower() in {"three", "two"}

    assert _time_before_event([W(w) for w in "three years after the ruling".split()])
    assert not _time_before_event([W(w) for w in "three ministers agreed to meet".split()])
    assert not _time_before_event([W(w) for w in "three years of talks".split()])


# -- '..., the Ministry of Works (MoW) announced today.' with the speaker read as an apposition -----------
def test_speaker_phrase_read_as_apposition_still_speaks(run):
    x = run("PRESS RELEASE: Tarvia and Kessia agree new toll fees for the Orra Bridge\n\n"
            "Lodar, 8 April 2026 - The Government of Tarvia and the Government of the Republic of Kessia have "
            "agreed a new schedule of toll fees for the Orra Bridge, the Ministry of Transport and Works "
            "(MoTW) announced today.\n\nThe fees take effect in May.", DATE,
            title="PRESS RELEASE: Tarvia and Kessia agree new toll fees for the Orra Bridge")
    hits = [s for s in x.statements if s.quote.startswith("The Government of Tarvia")]
    assert hits, _quotes(x)
    assert "ministry" in hits[0].speaker


def test_apposition_without_speech_verb_says_nothing(run):
    x = run("The Government of Tarvia and the Government of Kessia have agreed new fees for the Orra "
            "Bridge, the longest crossing on the river, which opened in 1990.", DATE)
    assert not x.statements, _quotes(x)


# -- 'told the agency TNA on Sunday that ...' with the clause's verb read as a noun modifier ---------
def test_that_clause_after_object_and_time_is_reported(run):
    x = run("Talks opened in Lodar on Monday. Mehran Tavasoli, the governor of Tarvia's Orra province, told "
            "the state news agency TNA on Sunday that dust storms had closed schools in Pell twice this month.",
            DATE)
    hits = [s for s in x.statements if "dust storms had closed schools" in s.quote]
    assert hits, _quotes(x)
    assert hits[0].speaker == "mehran-tavasoli"
    assert not hits[0].quote.startswith("that")


def test_relative_that_after_told_object_is_no_report(run):
    # 'that' opening a relative clause (its subject), not a complement: nothing was said
    x = run("Talks opened in Lodar on Monday. Mehran Tavasoli told the committee that oversees the port "
            "about his visit.", DATE)
    assert not any("oversees the port" in q for q in _quotes(x)), _quotes(x)


def test_stray_that_clause_needs_a_clause(run):
    from kg.extract.nlp import parse
    from kg.extract.reported_speech import _stray_that_clause

    doc = parse("Mehran Tavasoli told the state news agency TNA on Sunday that dust storms had closed schools "
                "in Pell twice this month.")
    told = next(t for t in doc if t.text == "told")
    assert [t.text for t in _stray_that_clause(told)][:3] == ["dust", "storms", "had"]
    doc = parse("Mehran Tavasoli told reporters on Sunday about the port.")
    told = next(t for t in doc if t.text == "told")
    assert _stray_that_clause(told) == []


# -- call-in turns: 'NAME (CALLER): ...' -----------------------------------------------------------
_CALL_IN = ("Voices of the Valley: callers ask about the water accord\n\n"
            "Radio Orra, call-in programme, transcript\n\n"
            "HOST: Good morning. Our guest today is the water secretary of Lodar, Tomas Reyes Villar.\n\n"
            "TOMAS REYES VILLAR: Good morning. The short answer is that the water agreement is being reopened.\n\n"
            "HOST: First caller. Marta Quenta, a teacher in Pell.\n\n"
            "MARTA QUENTA (CALLER): Good morning. Our well was dry in August and we bought water by the barrel. "
            "Who pays?\n\n"
            "TOMAS REYES VILLAR: Marta, you should not have paid. Emergency water is free on both sides.\n\n"
            "HOST: One more call. Bruno, who did not give his surname, says he is a fisherman on the river near "
            "Lodar.\n\n"
            "{label}: The patrols should look for the illegal dredges before they look for fishermen.\n\n"
            "TOMAS REYES VILLAR: The river is one river with two names.\n")


def test_caller_turn_with_full_name_is_the_callers(run):
    x = run(_CALL_IN.format(label="BRUNO (CALLER)"), DATE, title="Voices of the Valley: callers ask about the water accord")
    s = [s for s in x.statements if "Our well was dry" in s.quote]
    assert s and s[0].speaker == "marta-quenta" and s[0].kind == "direct", _quotes(x)


def test_caller_with_given_name_only_is_a_person_who_speaks(run):
    x = run(_CALL_IN.format(label="BRUNO (CALLER)"), DATE, title="Voices of the Valley: callers ask about the water accord")
    s = [s for s in x.statements if "illegal dredges" in s.quote]
    assert s and s[0].speaker == "bruno", _quotes(x)
    assert x.entities["bruno"].type == "Person"


def test_label_with_other_bracket_is_no_caller_turn(run):
    # a bracket that names no call-in role ('(Lodar)') makes no turn of a lone line on its own
    x = run(_CALL_IN.format(label="BRUNO (LODAR)"), DATE, title="Voices of the Valley: callers ask about the water accord")
    assert not any("illegal dredges" in s.quote and s.speaker == "bruno" for s in x.statements), _quotes(x)


def test_role_side_reads_the_bracket():
    from kg.extract.transcripts import _role_side

    assert _role_side(" (CALLER)") and _role_side("(Listener)") and _role_side("(audience member)")
    assert not _role_side("(Lodar)") and not _role_side(None)


# -- '<clause>, Tarvia's Minister of Health, Ciaran Volney, said on Sunday' read inside the clause ------
def _doc(words, heads, deps, pos):
    from spacy.tokens import Doc

    from kg.extract.nlp import get_nlp

    return Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


_WORDS = "Tarvia will renew the deal for radiotherapy , Tarvia 's Minister of Health , Ciaran Volney , said on Sunday .".split()
_POS = "PROPN AUX VERB DET NOUN ADP NOUN PUNCT PROPN PART PROPN ADP PROPN PUNCT PROPN PROPN PUNCT VERB ADP PROPN PUNCT".split()


def test_office_and_name_hung_inside_the_clause_are_the_speaker():
    from kg.extract.reported_apposed_speakers import apposed_subject

    heads = [2, 2, 17, 4, 2, 4, 5, 6, 10, 8, 6, 10, 11, 10, 15, 2, 2, 17, 17, 18, 17]
    deps = ["nsubj", "aux", "ccomp", "det", "dobj", "prep", "pobj", "punct", "poss", "case", "appos", "prep",
            "pobj", "punct", "compound", "npadvmod", "punct", "ROOT", "prep", "pobj", "punct"]
    doc = _doc(_WORDS, heads, deps, _POS)
    found = apposed_subject(doc[17])
    assert found is not None and found[0].text == "Volney" and found[1].i == 8


def test_verb_with_its_own_subject_has_no_apposed_speaker():
    from kg.extract.reported_apposed_speakers import apposed_subject

    words = "Tarvia will renew the deal for radiotherapy , Tarvia 's Minister of Health , officials said .".split()
    pos = "PROPN AUX VERB DET NOUN ADP NOUN PUNCT PROPN PART PROPN ADP PROPN PUNCT NOUN VERB PUNCT".split()
    heads = [2, 2, 15, 4, 2, 4, 5, 6, 10, 8, 6, 10, 11, 10, 15, 15, 15]
    deps = ["nsubj", "aux", "ccomp", "det", "dobj", "prep", "pobj", "punct", "poss", "case", "appos", "prep",
            "pobj", "punct", "nsubj", "ROOT", "punct"]
    doc = _doc(words, heads, deps, pos)
    assert apposed_subject(doc[15]) is None


def test_clause_first_report_leaves_the_speaker_phrase_out(run):
    x = run("Orra cancer patients will not be left stranded, minister says as talks resume\n\n"
            "Tarvia and Kessia will renew the arrangement that sends cancer patients from Orra County across the "
            "border for radiotherapy, Tarvia's Minister of State for Health, Ciaran Volney, said on Sunday, though "
            "he admitted that the price of the new deal had not yet been settled.\n", DATE,
            title="Orra cancer patients will not be left stranded, minister says as talks resume")
    hits = [s for s in x.statements if s.quote.startswith("Tarvia and Kessia will renew")]
    assert hits and hits[0].speaker == "ciaran-volney", _quotes(x)
    assert "Minister" not in hits[0].quote and hits[0].quote.endswith("for radiotherapy")


# -- unnamed speakers named by a job or relation noun ('a project manager', 'a senior colleague') ----
def test_project_manager_who_asked_not_to_be_named_speaks(run):
    x = run("Talks opened in Lodar on Monday. A project manager at the builder, who asked not to be named, said "
            "the company planned to rehabilitate 970 kilometres of track. \"The first priority is safety, then "
            "speed,\" he said.", DATE)
    rep = [s for s in x.statements if "rehabilitate 970 kilometres" in s.quote]
    assert rep and "manager" in rep[0].speaker, _quotes(x)
    direct = [s for s in x.statements if "first priority is safety" in s.quote]
    assert direct and direct[0].speaker == rep[0].speaker


def test_senior_colleague_is_an_unnamed_speaker(run):
    x = run("Talks opened in Lodar on Monday. A senior colleague said Okoro had insisted on bringing officials "
            "from the agriculture ministry into every session.", DATE)
    rep = [s for s in x.statements if "insisted on bringing officials" in s.quote]
    assert rep and "colleague" in rep[0].speaker, _quotes(x)


def test_speaker_role_nouns_make_no_entities_of_their_own(run):
    # the list is the speaker rules' only: a manager nobody quotes is no node
    x = run("Talks opened in Lodar on Monday. The project manager visited the site on Tuesday.", DATE)
    assert not any("manager" in e.label.lower() for e in x.entities.values())


# -- a broadcast's own correspondent: 'NAME, CORRESPONDENT:' then 'SURNAME:' turns narrate ------------
_BROADCAST = ("Tarvia and Kessia sign river memorandum as crossings rise\n\n"
              "EVENING NEWS - TRANSCRIPT\n\n"
              "LINA MOREAU, ANCHOR: Good evening. Tarvia and Kessia today signed a memorandum on the Orra river. "
              "Our correspondent reports.\n\n"
              "PAVEL DUNST, {role}: Lina, the ceremony lasted barely twenty minutes. Tarvian Foreign Minister "
              "Oskar Belan and his Kessian counterpart Mira Solt signed the text.\n\n"
              "OSKAR BELAN: (Through interpreter) The people crossing that river are not our enemy.\n\n"
              "DUNST: Crossings fell sharply last year. The river agency said it would station officers at "
              "Pell from next month.\n\n"
              "MIRA SOLT: We will patrol our side.\n\n"
              "DUNST: Diplomats in Lodar say a second text could be ready by the end of the year. Pavel Dunst, "
              "Lodar.\n")


def test_correspondents_turns_are_no_statements_of_theirs(run):
    x = run(_BROADCAST.format(role="CORRESPONDENT"), DATE,
            title="Tarvia and Kessia sign river memorandum as crossings rise")
    assert not any(s.speaker == "pavel-dunst" for s in x.statements), [(s.speaker, s.quote) for s in x.statements]
    assert any("second text could be ready" in s.quote and s.speaker != "pavel-dunst" for s in x.statements)
    assert any(s.speaker == "oskar-belan" for s in x.statements)


def test_guest_with_office_label_still_speaks(run):
    # 'PAVEL DUNST, HARBOUR MASTER:' names an office, not the broadcaster's role: his turns are his
    x = run(_BROADCAST.format(role="HARBOUR MASTER"), DATE,
            title="Tarvia and Kessia sign river memorandum as crossings rise")
    assert any(s.speaker == "pavel-dunst" for s in x.statements), [(s.speaker, s.quote) for s in x.statements]
