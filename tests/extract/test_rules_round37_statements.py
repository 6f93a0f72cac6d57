"""Round 37, area C (statements): invented texts for the classes of round 37."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speakers(x, words: str) -> set[str]:
    return {x.entities[s.speaker].label for s in x.statements if words in s.quote}


_SENEGAL = ("Senegal and Mauritania discuss fishing\n\n"
            "Dakar, 3 May 2026 - Senegal and Mauritania held talks on fishing licences on Monday. "
            "The Senegalese fisheries ministry said the talks had been useful.\n\n")


# -- C1: a paragraph-opening quote, then a sentence introducing a named person (no speech verb) ---------
def test_quote_then_sentence_introducing_a_named_person_is_hers(run):
    x = run(_SENEGAL
            + "\"Every season we lose nets to the trawlers.\" Musa Sarr, a skipper of 30 years, was mending his "
              "boat on the beach on Tuesday. He said that the licences would not help.\n\n"
              "\"A pirogue cannot wait for a permit.\" Awa Diop, a fish trader in Kayar, has sold at the beach "
              "for 20 years.\n\n"
              "\"Nets cost money.\" Ibrahima Fall, a boat owner, counts his losses every week.\n")
    assert _speakers(x, "Every season we lose nets") == {"Musa Sarr"}
    assert _speakers(x, "A pirogue cannot wait for a permit") == {"Awa Diop"}
    assert _speakers(x, "Nets cost money") == {"Ibrahima Fall"}


# -- C2: 'The line came from X' / 'The quip belonged to X' after a quote ---------------------------------
def test_the_line_came_from_names_the_quotes_speaker(run):
    x = run("Estonia and Latvia discuss ambulances\n\n"
            "Tallinn, 3 May 2026 - Estonia and Latvia held talks on cross-border ambulances on Monday.\n\n"
            "\"Nobody asks which country an ambulance comes from.\" Those were the words of Kalev Tamm, head of "
            "the Valga rescue station.\n\n"
            "\"We did not come to sign the same paper twice.\" The line came from Latvia's chief negotiator, "
            "Andris Ozols.\n\n"
            "\"A siren has no passport.\" That was the quip of Liis Kask, a paramedic in Valga.\n")
    assert _speakers(x, "We did not come to sign the same paper twice") == {"Andris Ozols"}
    assert _speakers(x, "A siren has no passport") == {"Liis Kask"}


# -- C3: 'The levy, she told reporters, was "...", and <clause>' -------------------------------------------
def test_clause_after_the_quote_of_a_speech_aside_is_the_speakers(run):
    for aside in ("she told reporters", "Leclerc said"):
        x = run("France and Monaco discuss levy\n\n"
                "Paris, 3 May 2026 - France and Monaco held talks on a transit levy on Monday.\n\n"
                "Marie Leclerc, Monaco's minister of state, was cautious. The levy, " + aside + ", was \"a French "
                "law on French territory\", and Paris was agreeing only to a pause.\n")
        s = statement_by_quote(x, "Paris was agreeing only to a pause")
        assert x.entities[s.speaker].label == "Marie Leclerc" and s.kind == "reported", aside
        assert _speakers(x, "a French law on French territory") == {"Marie Leclerc"}, aside


# -- C4: a bare quote right after a named speaker's reported-speech sentence -------------------------------
def test_bare_quote_after_a_reported_sentence_is_its_speakers(run):
    x = run("Peru and Bolivia discuss lake\n\n"
            "Lima, 3 May 2026 - Peru and Bolivia held talks on pollution in Lake Titicaca on Monday.\n\n"
            "In Puno, the mayor, Ana Quispe, told reporters that her town needed tourists. \"Nobody travels four "
            "hours to swim in green water.\"\n\n"
            "Jorge Mamani, a fisherman in Copacabana, said the fish had gone. \"My sons work in the mines now.\"\n")
    assert _speakers(x, "Nobody travels four hours") == {"Ana Quispe"}
    assert _speakers(x, "My sons work in the mines now") == {"Jorge Mamani"}


# -- C5: '"...," Novak joked' / '"...," laughed Novak': verbs of manner in a quote's tag ---------------------
def test_manner_verb_in_a_quote_tag_attributes_the_quote(run):
    x = run("Slovakia and Hungary discuss bridge\n\n"
            "Bratislava, 3 May 2026 - Slovakia and Hungary held talks on a new bridge over the Danube on Monday.\n\n"
            "\"This is a good day for the river,\" said Peter Kovac, Slovakia's transport minister.\n\n"
            "Juraj Novak, a barge captain, has sailed past Sturovo for 20 years. He said the deal also fixed the "
            "operator.\n\n"
            "\"We spent more time on the paragraphs than on the steel,\" Novak joked.\n\n"
            "\"At last someone asked the people on the water,\" laughed Novak.\n\n"
            "\"Bridges take longer than treaties,\" he sighed.\n")
    assert _speakers(x, "We spent more time on the paragraphs") == {"Juraj Novak"}
    assert _speakers(x, "At last someone asked the people") == {"Juraj Novak"}
    assert _speakers(x, "Bridges take longer than treaties") == {"Juraj Novak"}
    y = run("Slovakia and Hungary discuss bridge\n\n"
            "Bratislava, 3 May 2026 - Slovakia and Hungary held talks on a new bridge on Monday.\n\n"
            "Peter Kovac, Slovakia's transport minister, laughed off the question about costs.\n")
    assert not y.statements  # a verb of manner outside a quote's tag says nothing


# -- C6: an office-holder quoted by title in the lead and named later ---------------------------------------
def test_title_speaker_in_the_lead_is_the_holder_named_later(run):
    x = run("Namibia and Angola near water deal\n\n"
            "Windhoek, 3 May 2026 - Namibia and Angola are close to a deal on the Kunene river, Namibia's energy "
            "minister said on Wednesday.\n\n"
            "Minister of Mines and Energy Helena Itana told parliament that the text was nearly ready.\n")
    assert _speakers(x, "Namibia and Angola are close to a deal") == {"Helena Itana"}
    y = run("Namibia and Angola near water deal\n\n"
            "Windhoek, 3 May 2026 - Namibia and Angola are close to a deal on the Kunene river, a Namibian "
            "energy official said on Wednesday.\n\n"
            "Minister of Mines and Energy Helena Itana told parliament that the text was nearly ready.\n")
    assert "Helena Itana" not in _speakers(y, "Namibia and Angola are close to a deal")  # someone unnamed


# -- C7: a fronted place before the speaker; 'wrote that A and asked whether B' -----------------------------
def test_fronted_place_then_apposed_speaker_reports(run):
    x = run("Tajikistan and Kyrgyzstan discuss border market\n\n"
            "Dushanbe, 3 May 2026 - Tajikistan and Kyrgyzstan held talks on a border market on Monday.\n\n"
            "In Isfara, the town's chairman, Jamshed Rahim, told Asia-Plus that traders would save an hour at "
            "the crossing.\n\n"
            "At the market, its manager, Dilnoza Karimova, said that prices had fallen by a third.\n")
    s = statement_by_quote(x, "traders would save an hour")
    assert x.entities[s.speaker].label == "Jamshed Rahim" and x.entities[s.addressee].label == "Asia-Plus"
    assert _speakers(x, "prices had fallen by a third") == {"Dilnoza Karimova"}


def test_asked_whether_after_a_report_is_a_second_statement(run):
    x = run("Tajikistan and Kyrgyzstan discuss border market\n\n"
            "Dushanbe, 3 May 2026 - Tajikistan and Kyrgyzstan held talks on a border market on Monday.\n\n"
            "Aibek Tashiev, a trader in Batken, wrote in a post on Facebook that the queues had vanished and "
            "asked whether the market would stay open in winter.\n")
    first = statement_by_quote(x, "the queues had vanished")
    assert first.quote == "the queues had vanished"
    second = statement_by_quote(x, "whether the market would stay open in winter")
    assert x.entities[second.speaker].label == "Aibek Tashiev" and second.kind == "reported"
    y = run("Tajikistan and Kyrgyzstan discuss border market\n\n"
            "Dushanbe, 3 May 2026 - Tajikistan and Kyrgyzstan held talks on a border market on Monday.\n\n"
            "Aibek Tashiev told Asia-Plus that the queues had vanished, and wondered whether the market would "
            "stay open in winter.\n")
    assert _speakers(y, "whether the market would stay open in winter") == {"Aibek Tashiev"}


# -- C8: a quoted second name after call/known as is no statement -------------------------------------------
def test_quoted_second_name_is_no_statement(run):
    for phrase in ("which officials call the NSMP or simply \"the mobility deal\"",
                   "which officials called the NSMP or simply \"the mobility deal\"",
                   "known as the NSMP or \"the mobility deal\""):
        x = run("Sweden and Finland discuss mobility\n\n"
                "Stockholm, 3 May 2026 - Sweden and Finland held talks on cross-border workers on Monday.\n\n"
                f"The protocol, {phrase}, would let workers pay tax in one country.\n")
        assert not [s for s in x.statements if "mobility deal" in s.quote], phrase
