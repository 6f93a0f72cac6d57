"""Round-37 office, side and meeting classes (O1-O8), shown on invented sentences
(names made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


# -- O3: offices keep their words ------------------------------------------------------------------
def test_minister_of_the_portfolio_before_the_name_keeps_the_article(run):
    x = run("Border talks\n\nFinland's Minister of the Interior Aino Rautio met Swedish officials in Tornio "
            "on Monday.\n")
    assert any("minister of the interior" in t for t in _position_labels(x, "aino-rautio"))
    assert _objs(x, "aino-rautio", "represents") == {"finland"}
    assert "Interior" not in entity_types(x)
    y = run("Border talks\n\nEstonia's Minister of the Economy Mart Kask met Latvian officials on Monday.\n")
    assert any("minister of the economy" in t for t in _position_labels(y, "mart-kask"))
    assert _objs(y, "mart-kask", "represents") == {"estonia"}


def test_a_towns_possessive_before_a_lowercase_office(run):
    x = run("Border talks\n\nFinland and Sweden met in Tornio. Haparanda's municipal commissioner Sara Berg "
            "said the deal would help. Haparanda is in Sweden.\n")
    assert any("municipal commissioner" in t for t in _position_labels(x, "sara-berg"))
    assert _objs(x, "sara-berg", "represents") == {"sweden"}


def test_ambassador_for_a_region_keeps_the_portfolio(run):
    x = run("Arctic talks\n\nDenmark and Norway met on Monday. Denmark's ambassador for the Arctic, Mads Holm, "
            "attended.\n")
    assert any("ambassador for the arctic" in t for t in _position_labels(x, "mads-holm"))
    assert _objs(x, "mads-holm", "represents") == {"denmark"}
    y = run("Arctic talks\n\nDenmark and Norway met on Monday. The Norwegian ambassador for the Arctic, Mads Holm, "
            "attended.\n")
    assert any("ambassador for the arctic" in t for t in _position_labels(y, "mads-holm"))
    assert _objs(y, "mads-holm", "represents") == {"norway"}


def test_country_name_as_adjective_before_a_posted_title(run):
    x = run("Pacific talks\n\nNew Zealand and Fiji met on Monday. The New Zealand High Commissioner to Fiji, "
            "Anna Pearce, attended.\n")
    assert any("high commissioner" in t for t in _position_labels(x, "anna-pearce"))
    assert _objs(x, "anna-pearce", "represents") == {"new-zealand"}


# -- O1: counterparts give sides ---------------------------------------------------------------------
def test_a_title_without_country_before_a_demonym_counterpart_is_the_other_side(run):
    x = run("Water talks\n\nLesotho and South Africa held talks on the dam. Natural Resources Minister Tsepo "
            "Mahao and his South African counterpart, Water Minister Lindiwe Zulu, met in Maseru on Tuesday.\n")
    assert _objs(x, "tsepo-mahao", "represents") == {"lesotho"}
    assert _objs(x, "lindiwe-zulu", "represents") == {"south-africa"}
    y = run("Water talks\n\nLesotho and South Africa held talks on the dam. Water Minister Lindiwe Zulu and her "
            "Basotho counterpart, Tsepo Mahao, met in Pretoria on Tuesday.\n")
    assert _objs(y, "lindiwe-zulu", "represents") == {"south-africa"}
    z = run("Water talks\n\nLesotho and South Africa held talks on the dam. On Tuesday, Natural Resources Minister "
            "Tsepo Mahao met his South African counterpart, Lindiwe Zulu, in Maseru.\n")
    assert _objs(z, "tsepo-mahao", "represents") == {"lesotho"}


def test_a_title_without_country_meeting_the_other_sides_people(run):
    x = run("Dam talks\n\nNamibia and Angola discuss a dam. Minister of Energy Ana Kauma held talks with the Angolan "
            "delegation in Windhoek on Monday.\n")
    assert _objs(x, "ana-kauma", "represents") == {"namibia"}
    y = run("Border talks\n\nFinland and Sweden met. Minister of the Interior Aino Rautio met Swedish officials in "
            "Tornio on Monday.\n")
    assert _objs(y, "aino-rautio", "represents") == {"finland"}


def test_a_towns_counterpart_named_before_the_noun(run):
    x = run("Bridge talks\n\nHungary and Slovakia are discussing a bridge between Komárom and Komárno. The mayor "
            "of Komárom, Béla Kovács, said the bridge was urgent.\n\nHis Komárno counterpart, Peter Novak, was "
            "blunter. Komárno is in Slovakia.\n")
    assert any("mayor" in t for t in _position_labels(x, "peter-novak"))
    assert _objs(x, "peter-novak", "represents") == {"slovakia"}
    y = run("Tram talks\n\nItaly and Slovenia are discussing a tram. The mayor of Gorizia, Marco Bassi, said the "
            "tram was urgent.\n\nHis Nova Gorica counterpart Gregor Zupan agreed. Nova Gorica is in Slovenia.\n")
    assert any("mayor" in t for t in _position_labels(y, "gregor-zupan"))
    assert _objs(y, "gregor-zupan", "represents") == {"slovenia"}


# -- O5: metWith from a group meeting named in the next sentence --------------------------------------
def test_the_next_sentence_names_the_ministers_who_met(run):
    x = run("Lake talks\n\nPeru and Bolivia have argued over the lake for years. On Monday their environment "
            "ministers met in Copacabana. Peru's Minister Rosa Quispe and Bolivia's Minister Juan Mamani spent the "
            "day with fishermen.\n")
    assert _met(x, "rosa-quispe", "juan-mamani")
    y = run("Lake talks\n\nPeru and Bolivia have argued over the lake for years. On Monday the two foreign "
            "ministers held talks in Copacabana. Peruvian Foreign Minister Rosa Quispe and her Bolivian counterpart "
            "Juan Mamani toured the shore.\n")
    assert _met(y, "rosa-quispe", "juan-mamani")
    # two people of one side after the meeting did not meet each other
    z = run("Lake talks\n\nPeru and Bolivia have argued over the lake for years. On Monday their environment "
            "ministers met in Copacabana. Peru's Minister Rosa Quispe and Peru's Deputy Minister Ana Vela spent "
            "the day with fishermen.\n")
    assert not _met(z, "rosa-quispe", "ana-vela")


# -- O4: "who heads" a post in a place; "Its <title>" after an organisation -----------------------------
def test_who_heads_a_checkpoint_in_a_town_acts_for_its_country(run):
    x = run("Border trade\n\nLaos and Thailand agreed to speed up border trade. Tariq Bounmy, who heads the customs "
            "checkpoint at Vang Tao, told reporters that trucks now wait two hours. Vang Tao is in Laos.\n")
    assert any("head" in t for t in _position_labels(x, "tariq-bounmy"))
    assert _objs(x, "tariq-bounmy", "represents") == {"laos"}
    y = run("Border trade\n\nLaos and Thailand agreed to speed up border trade. Somchai Wong, who runs the border "
            "post in Chong Mek, said trucks now wait two hours. Chong Mek is in Thailand.\n")
    assert any("head" in t for t in _position_labels(y, "somchai-wong"))
    assert _objs(y, "somchai-wong", "represents") == {"thailand"}


def test_its_titles_in_a_row_belong_to_the_organisation(run):
    x = run("Port fees\n\nKenya and Djibouti agreed on port fees. Maersk said it welcomed the deal. Its country "
            "manager for Kenya, Nadia Frey, said the line would add ships. Its chief executive, Ruth Nthako, "
            "agreed.\n")
    assert any("country manager" in t for t in _position_labels(x, "nadia-frey"))
    assert _objs(x, "nadia-frey", "represents") == {"maersk"}
    assert any("chief executive" in t for t in _position_labels(x, "ruth-nthako"))
    assert _objs(x, "ruth-nthako", "represents") == {"maersk"}


# -- O2: a title of a body set off by commas before the name -------------------------------------------
def test_long_appositive_offices_with_an_agency(run):
    x = run("Border talks\n\nThe talks were held at a meeting in Cúcuta between the director-general of Colombia's "
            "tax and customs authority, DIAN, Marta Ruiz Duarte, and the head of Venezuela's customs service, "
            "SENIAT, Luis Pacheco.\n")
    assert any("director-general" in t for t in _position_labels(x, "marta-ruiz-duarte"))
    assert "dian" not in _position_labels(x, "marta-ruiz-duarte")
    assert _objs(x, "marta-ruiz-duarte", "represents") == {"colombia"}
    assert any("head" in t for t in _position_labels(x, "luis-pacheco"))
    assert _objs(x, "luis-pacheco", "represents") == {"venezuela"}
    assert _met(x, "marta-ruiz-duarte", "luis-pacheco")
    # a demonym before the title still names the holder's country
    y = run("Gas deal\n\nBolivia and Brazil agreed on gas. The Bolivian director-general of Andina Power Company, "
            "Luis Vaca, said exports would rise.\n")
    assert any("director-general" in t for t in _position_labels(y, "luis-vaca"))
    assert "bolivia" in _objs(y, "luis-vaca", "represents")


def test_signed_by_the_title_of_a_named_service(run):
    x = run("Customs deal\n\nThe Customs Cooperation Agreement was signed by the Comptroller-General of the Ghana "
            "Revenue Service, Kofi Mensah, and Togo's Director-General of Customs, Jean Amah, in Lomé on Friday.\n")
    assert any("comptroller-general" in t for t in _position_labels(x, "kofi-mensah"))
    assert _objs(x, "kofi-mensah", "represents") == {"ghana"}
    assert any("director-general" in t for t in _position_labels(x, "jean-amah"))


def test_hyphenated_title_words_whose_first_part_is_no_title(run):
    x = run("Customs deal\n\nGhana and Togo met. The agreement was signed by Kofi Mensah, Comptroller-General of "
            "the Ghana Revenue Service, and Jean Amah, Togo's Director-General of Customs.\n")
    assert any("comptroller-general" in t for t in _position_labels(x, "kofi-mensah"))
    assert _objs(x, "kofi-mensah", "represents") == {"ghana"}
    y = run("Customs deal\n\nGhana and Togo met. Ghana's Comptroller-General Kofi Mensah said trade would grow.\n")
    assert any("comptroller-general" in t for t in _position_labels(y, "kofi-mensah"))
    assert _objs(y, "kofi-mensah", "represents") == {"ghana"}


# -- O6: people of a company described before its name --------------------------------------------------
def test_partner_at_a_described_consultancy(run):
    x = run("Gas talks\n\nArgentina and Chile discussed gas on Monday. Federico Lanz, a partner at the Buenos Aires "
            "consultancy Cono Sur Energía, said prices would fall.\n")
    assert any("partner" in t for t in _position_labels(x, "federico-lanz"))
    assert _objs(x, "federico-lanz", "represents") == {"cono-sur-energia"}
    y = run("Gas talks\n\nArgentina and Chile discussed gas on Monday. Ana Ruiz, managing partner of the Santiago "
            "law firm Vial Abogados, said prices would fall.\n")
    assert any("managing partner" in t for t in _position_labels(y, "ana-ruiz"))
    assert _objs(y, "ana-ruiz", "represents") == {"vial-abogados"}


# -- O8: a national office held in a region ---------------------------------------------------------
def test_the_presidents_representative_in_a_region_acts_for_its_country(run):
    x = run("Border talks\n\nKyrgyzstan and Tajikistan agreed on the border. On Friday officials met the president's "
            "plenipotentiary representative in the Batken region, Abdikarim Alimbaev. Batken is in Kyrgyzstan.\n")
    assert any("plenipotentiary representative" in t for t in _position_labels(x, "abdikarim-alimbaev"))
    assert _objs(x, "abdikarim-alimbaev", "represents") == {"kyrgyzstan"}
    y = run("Border talks\n\nKyrgyzstan and Tajikistan agreed on the border. Abdikarim Alimbaev, the government's "
            "representative in Sughd province, said the border was calm. Sughd is in Tajikistan.\n")
    assert _objs(y, "abdikarim-alimbaev", "represents") == {"tajikistan"}
