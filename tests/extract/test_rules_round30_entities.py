"""Round 30 entity rules, on invented sentences: the entity parts of press-conference
transcripts, live blogs, research notes and translated agency dispatches; titles
with "-General", places with hyphenated or two-word names, media names with a
country prefix or numbers."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled
from tests.extract.conftest import entity_types as _labels

# -- S4. translated agency dispatches ---------------------------------------------------------------

_DISPATCH = ("Egypt and Libya discuss labour mobility at Aswan meeting\n\n"
             "ASWAN, Oct. 7 (MENA) - Egypt and Libya agreed on Monday to ease the movement of workers across their "
             "shared border, the Ministry of Labour said in a statement.\n"
             "The Egyptian side was headed by Counsellor Omar Fathy El-Masry, Assistant Minister of Labour for "
             "Foreign Relations, and the Libyan side by Mr. Salem Faraj Al-Mansouri, Undersecretary of the Ministry "
             "of Labour and Rehabilitation.\n"
             "Engineer Hany Mahmoud Ragab, Chairman of the Board of Directors of the Land Ports Authority, attended "
             "the meeting alongside Colonel Saad Mabrouk Al-Zawi, Director of the Kambut Land Port.\n"
             "El-Masry said the two countries would set up a joint committee. Al-Mansouri said Libya welcomed the step.\n"
             "Colonel Saad Al-Zawi, Director of the Kambut Land Port, told the Libyan News Agency (LANA) that the port "
             "would open longer hours.\n"
             "Major General Tarek Sayed Mansour and Sheikh Hamad Saleh Al-Obeidi also took part.\n"
             "(MENA)\n"
             "[Translator's note: The Arabic text uses the term for land port throughout.]\n")


def test_dispatch_honorifics_are_no_part_of_names(run):
    labels = _labels(run(_DISPATCH))
    for name in ("Omar Fathy El-Masry", "Salem Faraj Al-Mansouri", "Hany Mahmoud Ragab", "Saad Mabrouk Al-Zawi",
                 "Tarek Sayed Mansour", "Hamad Saleh Al-Obeidi"):
        assert labels.get(name) == "Person", (name, labels)
    for label in labels:
        assert not label.startswith(("Counsellor", "Engineer", "Colonel", "Mr.", "General", "Sheikh")), labels
    assert "Mahmoud Ragab" not in labels and "Salem Faraj" not in labels


def test_dispatch_short_forms_resolve_to_the_full_name(run):
    x = run(_DISPATCH)
    zawi = entity_labelled(x, "Saad Mabrouk Al-Zawi")
    assert "Saad Al-Zawi" not in _labels(x)
    assert "Saad Al-Zawi" in zawi.aliases
    assert "El-Masry" in entity_labelled(x, "Omar Fathy El-Masry").aliases


def test_dispatch_sign_off_and_translator_note_name_nothing(run):
    labels = _labels(run(_DISPATCH))
    assert "MENA" not in labels and "Translator" not in labels, labels


def test_dispatch_other_styles(run):
    labels = _labels(run("Egypt and Sudan review Qustul crossing\n\n"
                         "CAIRO, March 3 (MENA) - Egypt and Sudan reviewed the Qustul land port on Tuesday.\n"
                         "Eng. Walid Samir Al-Gamal, Head of the Roads Authority, said the road would be widened. "
                         "Haj Osman Bashir Al-Tayeb said the traders were ready. Lieutenant General Yasser Fouad Nour "
                         "attended. Ustaz Ibrahim Khalil Al-Hassan told reporters that the port would run all night.\n"))
    for name in ("Walid Samir Al-Gamal", "Osman Bashir Al-Tayeb", "Yasser Fouad Nour", "Ibrahim Khalil Al-Hassan"):
        assert labels.get(name) == "Person", (name, labels)


# -- S1. press-conference transcripts ---------------------------------------------------------------

_PRESSER = ("Transcript: Dutch and German ministers on the Emmerich rail bridge\n\n"
            "Rail Desk | Documents\n"
            "Emmerich, North Rhine-Westphalia - Monday 2 March 2026\n\n"
            "Dutch Minister of Infrastructure Sanne de Wit and Germany's Parliamentary State Secretary for Transport "
            "Jonas Brandt met for two hours at Emmerich station on Monday. They then took questions from reporters.\n\n"
            "OPENING REMARKS\n\n"
            "DE WIT: Good afternoon. Jonas and I have agreed on two things. The bridge will reopen in June.\n\n"
            "BRANDT: Thank you, Sanne. The embankment has not moved.\n\n"
            "QUESTIONS\n\n"
            "Q (Pieter Bakker, NRC): Minister Brandt, why should commuters believe the June date?\n\n"
            "BRANDT: I would not call it a promise. It is a plan.\n\n"
            "DE WIT: We both pay, half each.\n\n"
            "[End of transcript]\n")


def test_press_conference_labels_name_nothing_and_questioner_is_a_person(run):
    labels = _labels(run(_PRESSER))
    for word in ("OPENING REMARKS", "QUESTIONS", "End", "Documents", "Rail Desk", "Rail"):
        assert word not in labels, labels
    assert labels.get("Pieter Bakker") == "Person"
    assert labels.get("NRC") == "MediaOrganization"


def test_press_conference_names_with_particles_and_first_names(run):
    x = run(_PRESSER)
    labels = _labels(x)
    assert labels.get("Sanne de Wit") == "Person", labels
    assert "Infrastructure Sanne de Wit" not in labels and "de Wit" not in labels and "Sanne" not in labels
    wit = entity_labelled(x, "Sanne de Wit")
    assert "Sanne" in wit.aliases  # "Thank you, Sanne.": the first name as address is hers


# -- S2. live blogs ---------------------------------------------------------------------------------

_BLOG = ("Live: Thailand and Myanmar reopen bridge talks\n\n"
         "Mekong Border Desk\n"
         "Last updated 19:05 (ICT), Wednesday 18 November 2026\n\n"
         "19:05 - That's all from us today\nWe will be back tomorrow at 08:00 (ICT).\n\n"
         "12:15 - Talks under way\nThai Commerce Minister Anan Wongsakul and Myanmar's Deputy Minister of Commerce "
         "Min Thu began talks at 12:00 (ICT), about 11:30 (MMT), in Myawaddy.\n\n"
         "08:30 - Good morning\nWelcome to our live coverage. Times are in ICT (GMT+7).\n")


def test_live_blog_time_zones_and_desk_name_nothing(run):
    labels = _labels(run(_BLOG))
    for word in ("ICT", "MMT", "Mekong", "Mekong Border Desk", "GMT"):
        assert word not in labels, labels
    assert labels.get("Min Thu") == "Person"


# -- S3. research notes -----------------------------------------------------------------------------

_NOTE = ("Hungary-Slovakia: gas interconnector talks resume\n\n"
         "Danube Baltic Bank | Macro & Strategy Research | Central Europe\n14 May 2026\n"
         "Anna Kovacs, Senior Economist (Budapest)\nTomas Novak, Energy Analyst (Prague)\n\n"
         "KEY POINTS\n- Hungary and Slovakia resumed talks on a second gas interconnector on Tuesday.\n\n"
         "WHAT OFFICIALS TOLD US\n- A senior customs official told us that the formalities would be simplified.\n\n"
         "DISCLAIMER\nThis note has been prepared by Danube Baltic Bank Research for information only.\n")


def test_research_note_bank_and_desk_labels(run):
    x = run(_NOTE)
    labels = _labels(x)
    assert labels.get("Danube Baltic Bank") == "Organization", labels
    assert "Danube Baltic Bank Research" in entity_labelled(x, "Danube Baltic Bank").aliases
    for word in ("Macro", "Strategy Research", "Central Europe", "Danube Baltic Bank Research"):
        assert word not in labels, labels
    assert labels.get("Anna Kovacs") == "Person" and labels.get("Tomas Novak") == "Person"


# -- A1. "-General" titles --------------------------------------------------------------------------

def test_general_titles_are_no_agencies_and_the_name_after_is_a_person(run):
    x = run("Nigeria and Benin agree on joint customs checks\n\n"
            "LAGOS, May 4 - Nigeria's Comptroller-General of Customs, Musa Bello, met his Beninese counterpart in "
            "Lagos on Monday. The Inspector-General of Police, Kayode Adeyemi, ordered more patrols.\n"
            "Claudine Mukamana is Director General of Trade and Investment at Rwanda's Ministry of Trade and Industry.\n"
            "Comptroller-General Bello said the two services would share data. The Attorney-General's Office "
            "will review the text.\n")
    labels = _labels(x)
    assert labels.get("Musa Bello") == "Person", labels
    assert "Bello" in entity_labelled(x, "Musa Bello").aliases
    for word in ("Comptroller-General of Customs", "Inspector-General of Police", "General of Trade",
                 "General of Trade and Investment", "Comptroller-General Bello"):
        # The office itself may be a Position (round 37 keeps hyphenated titles); never an actor.
        assert labels.get(word) in (None, "Position"), labels
    assert labels.get("Ministry of Trade and Industry") == "GovernmentAgency"
    assert labels.get("Attorney-General's Office") == "GovernmentAgency"


# -- A2. place names typed Person -------------------------------------------------------------------

def test_place_slots_make_unfamiliar_names_places(run):
    labels = _labels(run("Timor-Leste and Indonesia settle two border segments\n\n"
                         "DILI, March 9 - Timor-Leste and Indonesia have settled the last two segments around the "
                         "enclave: Noel Besi-Citrana and Bidjael Sunan-Oben, officials said on Monday.\n"
                         "The Oecusse enclave, whose main town is Pante Macassar, is cut off from the rest of "
                         "Timor-Leste. Myanmar moved its government to the capital, Naypyitaw, in 2005.\n"))
    for name in ("Noel Besi-Citrana", "Bidjael Sunan-Oben", "Pante Macassar", "Naypyitaw", "Oecusse"):
        assert labels.get(name) == "Place", (name, labels)


# -- A4. media names --------------------------------------------------------------------------------

def test_media_names_with_country_prefix_numbers_and_channels(run):
    x = run("Thailand and Cambodia to broadcast border ceremony\n\n"
            "BANGKOK, June 2 - Thai PBS will carry the ceremony live. Italian negotiator Marco Bassani told "
            "Il Sole 24 Ore that the two sides had not yet agreed.\n"
            "Indonesian envoy Wahyu Nugroho said in an interview with Tempo that talks would continue. An Egyptian "
            "official told the Extra News channel that the crossing would reopen.\n")
    labels = _labels(x)
    for name in ("Thai PBS", "Il Sole 24 Ore", "Tempo", "Extra News"):
        assert labels.get(name) == "MediaOrganization", (name, labels)
    assert "PBS" not in labels and "Extra News channel" not in labels


# -- A3. lower-case words in person names -----------------------------------------------------------

def test_quote_fragment_is_no_person_but_particles_stay(run):
    labels = _labels(run("Kenya and Uganda reopen cattle corridor\n\n"
                         "\"We waited two years for this. Healthy herds and an open gate.\" said a herder at the crossing.\n"
                         "\"Fair prices for everyone,\" added Amina Wekesa, who sells milk in Busia. Herders from "
                         "Ana de la Cruz's village joined them.\n"))
    assert "Healthy herds" not in labels, labels
    assert labels.get("Amina Wekesa") == "Person" and labels.get("Ana de la Cruz") == "Person"


# -- A5-A11. agencies, brands, facilities, agreements, crossings ------------------------------------

_GREEK = ("Greece and Bulgaria tighten checks at Kulata-Promachonas\n\n"
          "ATHENS, April 2 - The Hellenic Police and the Hellenic Coast Guard will patrol the border jointly with "
          "Bulgarian officers, Greece's Independent Authority for Public Revenue (AADE) said on Thursday.\n"
          "Traffic slowed through the Kresna Gorge on the Bulgarian side. The Interconnector Greece-Bulgaria (IGB) "
          "between Komotini and Stara Zagora carries gas north.\n"
          "Officials met at the Mae Sot customs house on Monday.\n"
          "The project was built with money from TradeMark Africa and funded by GiveDirectly, while PetroSA supplied "
          "the fuel.\n"
          "The Luanda Memorandum of Understanding was signed in 2019. The Luanda MoU expires next year.\n"
          "Lorries queue at the Seme-Kraké border post. The Seme-Kraké joint border post opened in 2018.\n")


def test_national_bodies_named_with_the_adjective_are_agencies(run):
    labels = _labels(run(_GREEK))
    for name in ("Hellenic Police", "Hellenic Coast Guard", "Independent Authority for Public Revenue"):
        assert labels.get(name) == "GovernmentAgency", (name, labels)


def test_camel_case_names_are_organisations(run):
    labels = _labels(run(_GREEK))
    for name in ("TradeMark Africa", "GiveDirectly", "PetroSA"):
        assert labels.get(name) == "Organization", (name, labels)


def test_facilities_gorges_and_pipelines_with_generic_heads(run):
    x = run(_GREEK)
    labels = _labels(x)
    for name in ("Mae Sot customs house", "Kresna Gorge", "Interconnector Greece-Bulgaria"):
        assert labels.get(name) == "Place", (name, labels)
    assert "IGB" in entity_labelled(x, "Interconnector Greece-Bulgaria").aliases
    assert [e.label for e in x.entities.values() if "IGB" in e.aliases] == ["Interconnector Greece-Bulgaria"]


def test_mou_short_form_and_crossing_modifiers_are_aliases(run):
    x = run(_GREEK)
    labels = _labels(x)
    assert "Luanda MoU" not in labels and "Seme-Kraké joint border post" not in labels, labels
    assert "Luanda MoU" in entity_labelled(x, "Luanda Memorandum of Understanding").aliases
    assert "Seme-Kraké joint border post" in entity_labelled(x, "Seme-Kraké border post").aliases
