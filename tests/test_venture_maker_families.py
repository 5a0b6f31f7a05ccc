"""Joint production told by the products' maker: "MAZ buses are produced in Kostanay".

The guidelines count joint production of one side's products in the other's country. Products named by a
company the actor registry knows carry that company's country as "Belarusian buses" carry Belarus; made in a
city, region or country of another country they are joint production. The maker stands before the products
(a compound or a possessive), after them ("buses of MAZ", "trucks made by KAMAZ"), or before an activity noun's
products ("the production of Amkodor loaders"). Production in the maker's own country, a sale or a delivery,
and a maker the registry does not know give no record. Sentences are written for this project in the wire style.
"""
import pytest

import kazbel_extract


def ventures(text):
    return [(r["count"], r["status"]) for r in (e.to_dict() for e in kazbel_extract.extract(text).events)
            if r["type"] == "joint_venture"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("MAZ buses are now produced in Kostanay.", [(None, "operating")], id="compound, produced, city"),
        pytest.param("Gomselmash harvesters will be assembled in Akmola region from next year.",
                     [(None, "planned")], id="compound, will be assembled, region"),
        pytest.param("Amkodor loaders are manufactured in Kazakhstan.", [(None, "operating")],
                     id="compound, manufactured, country"),
        pytest.param("MTZ tractors have been assembled in Pavlodar since 2015.", [(None, "operating")],
                     id="compound, have been assembled since"),
        pytest.param("BelAZ's dump trucks will be made in Karaganda.", [(None, "planned")],
                     id="possessive, will be made"),
        pytest.param("Buses of MAZ are assembled in Aktobe.", [(None, "operating")], id="of-object"),
        pytest.param("Trucks made by KAMAZ will be assembled in Uzbekistan.", [(None, "planned")],
                     id="made by X"),
        pytest.param("BelAZ dump trucks are put together in Karaganda region.", [(None, "operating")],
                     id="put together"),
    ],
)
def test_a_makers_products_made_in_another_country_are_joint_production(text, expected):
    """The maker's registry country is the products' country; the place after "in" is another one."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The production of Gomselmash harvesters in Kostanay was launched in 2008.", [(None, "operating")],
                     id="the production of, launched"),
        pytest.param("The manufacturing of Amkodor machinery in Kazakhstan will be launched next year.",
                     [(None, "planned")], id="the manufacturing of, will be launched"),
        pytest.param("The assembly of MAZ trucks at a plant in Pavlodar was launched in 2016.", [(None, "operating")],
                     id="the assembly of, at a plant in a city"),
        pytest.param("The sides agreed to set up the production of MTZ tractors in Almaty region.",
                     [(None, "planned")], id="agreed to set up the production of"),
    ],
)
def test_an_activity_noun_of_a_makers_products_in_another_country(text, expected):
    """The activity noun's "of" products carry their maker's country as its verb's products do."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("China and Kazakhstan expand car making\n\nChery cars are made at the Allur plant in Kostanay.",
                     [(None, "operating")], id="the sides of the opening: China's maker, Kazakhstan's city"),
        pytest.param("China and Kazakhstan expand car making\n\nASTANA - Chery will raise its output this year.\n\n"
                     "Chery cars are also produced in Brazil.", [],
                     id="a third country after a two-country headline"),
    ],
)
def test_the_sides_of_the_opening_bound_a_makers_production(text, expected):
    """In an article whose opening names two countries, the maker's production in a third country is no venture
    between the sides."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("MAZ trucks are assembled in Minsk.", id="the maker's own city"),
        pytest.param("Amkodor loaders are made in Minsk region.", id="the maker's own region"),
        pytest.param("Gomselmash combines are produced in Belarus.", id="the maker's own country"),
        pytest.param("MAZ buses are sold in Kostanay.", id="sold, not made"),
        pytest.param("MTZ tractors were delivered to Kazakhstan.", id="delivered, not made"),
        pytest.param("Zorvex buses are assembled in Kostanay.", id="a maker the registry does not know"),
        pytest.param("MAZ buses made up 40% of bus sales in Kazakhstan.", id="made up: a share, not production"),
        pytest.param("MAZ made a profit in Kazakhstan last year.", id="made a profit: no products"),
    ],
)
def test_no_joint_production_without_a_maker_of_another_country(text):
    assert ventures(text) == []


def test_each_clause_of_a_listing_sentence_keeps_its_own_place():
    """A sentence listing productions in several places: each clause's place is its own, not the first one's, so the
    productions stay apart."""
    text = ("Belarusian makers are busy in Kazakhstan: MAZ buses are produced in Kostanay, BelAZ dump trucks are "
            "put together in Karaganda region.")
    assert sorted((r["status"], r["location"]) for r in (e.to_dict() for e in kazbel_extract.extract(text).events)
                  if r["type"] == "joint_venture") == [("operating", "Karaganda Region"), ("operating", "Kostanay")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers reviewed the assembly of MAZ trucks at the plant of a local company.",
                     [(None, "operating")], id="reviewed the assembly of X at the plant"),
        pytest.param("The assembly of Amkodor road machines at a factory near Tashkent began in 2018.",
                     [(None, "operating")], id="the assembly of X at a factory began"),
        pytest.param("The assembly of MTZ tractors at the Kostanay plant continues.", [(None, "operating")],
                     id="the assembly of X at the plant continues"),
        pytest.param("Production at the plant rose by 10%.", [], id="production at a plant: no products, no venture"),
    ],
)
def test_an_assembly_at_a_plant_told_by_a_noun(text, expected):
    """An assembly at a plant is an assembly plant, whoever assembles, told by a noun as by a verb."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Kazakh-Belarusian joint venture plans to double its output next year.", [(None, "operating")],
                     id="plans to double"),
        pytest.param("The joint venture intends to enter the Russian market.", [(None, "operating")], id="intends to"),
        pytest.param("A Belarusian-Uzbek joint enterprise aims to localise half of its components by 2027.",
                     [(None, "operating")], id="aims to"),
        pytest.param("The joint venture is planned to open next year.", [(None, "planned")],
                     id="is planned: the plan of others"),
        pytest.param("A joint plant is expected to open next year.", [(None, "planned")],
                     id="is expected to open: no plan of its own"),
        pytest.param("Belarus plans two new joint plants in Kazakhstan.", [(2, "planned")],
                     id="the object of a plan"),
    ],
)
def test_a_venture_that_plans_exists(text, expected):
    """A venture that is the subject of its own plan ("plans to double its output") exists; a venture others plan
    ("is planned to open") is planned."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers discussed the joint investment company set up by the two sovereign funds.",
                     [(None, "operating")], id="discussed a company set up by"),
        pytest.param("The sides talked about the work of the joint venture established in 2019.", [(None, "operating")],
                     id="talked about a venture established in"),
        pytest.param("The prime ministers discussed the output of the joint factory built in 2016.",
                     [(None, "operating")], id="discussed a factory built"),
        pytest.param("The ministers discussed the joint venture to be set up in Minsk.", [],
                     id="discussed one to be set up: talk of a plan"),
    ],
)
def test_a_venture_with_its_own_participle_of_setting_up_exists(text, expected):
    """A venture noun with a past participle of setting up ("the company set up by ...") states its own stage:
    whatever its clause's verb (talk included), it exists."""
    assert ventures(text) == expected


def test_an_assembly_listed_as_an_example_of_a_group_is_the_groups():
    text = ("Twelve assembly plants with Belarusian participation operate in Kazakhstan, including the assembly of "
            "Amkodor loaders in Kostanay.")
    assert ventures(text) == [(12, "operating")]


def test_an_at_right_after_the_assembly_is_its_place_wherever_the_parse_hangs_it():
    text = "The ministers praised progress in the assembly of MAZ trucks at the plant of a Vietnamese firm."
    assert ventures(text) == [(None, "operating")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Six assembly plants operate in Kazakhstan, among them the assembly of MAZ buses in Kostanay.",
                     [(6, "operating")], id="among them"),
        pytest.param("Nine joint ventures work in Uzbekistan, among them the production of Amkodor loaders in "
                     "Tashkent.", [(9, "operating")], id="among them, production"),
    ],
)
def test_an_assembly_among_the_group_named_before_is_the_groups(text, expected):
    assert ventures(text) == expected
