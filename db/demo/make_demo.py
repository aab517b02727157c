#!/usr/bin/env python3
"""Writes the Wegwijzer demo catalogue: an HSDS 3.0 tabular data package (CSV files).

All content is fictional: organisation names, addresses and phone numbers are made up (phone
numbers have a subscriber part starting with 0, so they can never be dialled). Town names,
coordinates and postal-code prefixes are real. The package is flagged demo in datapackage.json.

The output is deterministic: running this script again gives byte-identical files.

    python3 db/demo/make_demo.py            # writes the CSV files next to this script
    python3 db/demo/make_demo.py --out DIR  # writes them somewhere else
"""
import argparse
import csv
import json
import os
import random
import re
import unicodedata

SEED = 20261128
CREATED = "2026-11-28"
EXPIRES = "2027-12-31"
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# Places: real towns. Their municipality, coordinates and typical postcode come from
# db/woonplaatsen_drenthe.csv, the file the kiosk compiles in (kiosk/core/drenthe_places.cpp), so
# the demo and the kiosk cannot disagree about where a town lies. This script adds what only the
# demo needs: area codes, plausible street names (house numbers are made up), bus lines and
# whether the town has a railway station.
# --------------------------------------------------------------------------------------------

PLACES_CSV = os.path.join(HERE, "..", "woonplaatsen_drenthe.csv")

# town: (area code, streets, bus lines, has station)
TOWN_EXTRAS = {
    # Aa en Hunze
    "Gieten": ("0592", ["Stationsstraat", "Brink", "Zuiderstraat", "Bloemakkers", "Spoorlaan"],
                       [24, 73], False),
    "Rolde": ("0592", ["Grote Brink", "Kerkstraat", "Eexterweg", "Zuideinde"], [24, 59], False),
    "Annen": ("0592", ["Brink", "Kerkstraat", "Spoorstraat", "Zuidlaarderweg"], [73, 74], False),
    "Gasselte": ("0599", ["Hoofdstraat", "Brink", "Schoolstraat"], [24], False),
    "Eext": ("0592", ["Hoofdstraat", "Molenweg", "Brink"], [73], False),
    "Grolloo": ("0592", ["Hoofdstraat", "Schoolstraat", "Brink"], [22], False),
    # Assen
    "Assen": ("0592", ["Brink", "Kloosterstraat", "Oude Molenstraat", "Torenlaan", "Vaart Zuidzijde",
                       "Overcingellaan", "Lariksstraat", "Groningerstraat", "Beilerstraat",
                       "Pelikaanstraat", "Marsdijk", "Kloosterveste"],
                      [1, 2, 3, 4, 5], True),
    # Borger-Odoorn
    "Borger": ("0599", ["Hoofdstraat", "Grote Brink", "Bronnegerstraat", "Molenstraat"], [24, 59], False),
    "Exloo": ("0591", ["Hoofdstraat", "Zuiderhoofdstraat", "Brink", "Valtherweg"], [59], False),
    "Odoorn": ("0591", ["Hoofdstraat", "Kerkstraat", "Exloërweg"], [59, 300], False),
    "Nieuw-Buinen": ("0599", ["Zuiderdiep", "Noorderdiep", "Kerklaan"], [24, 75], False),
    "Valthermond": ("0599", ["Zuiderdiep", "Noorderdiep", "Kerkstraat"], [75], False),
    "Tweede Exloërmond": ("0599", ["Zuiderdiep", "Noorderdiep", "Schoolstraat"], [75], False),
    # Coevorden
    "Coevorden": ("0524", ["Friesestraat", "Markt", "Stationsplein", "Krimweg", "Kerkstraat"],
                          [20, 21, 25], True),
    "Dalen": ("0524", ["Hoofdstraat", "Molenweg", "Wilhelminastraat", "Julianastraat"], [25], True),
    "Sleen": ("0591", ["Brink", "Hoofdstraat", "Kerkstraat"], [22], False),
    "Schoonoord": ("0591", ["Hoofdstraat", "Schoolstraat", "Kampweg"], [22], False),
    "Oosterhesselen": ("0524", ["Hoofdstraat", "Brink", "Kerkweg"], [21], False),
    "Aalden": ("0591", ["Hoofdstraat", "Brink", "Meppelerweg"], [21], False),
    # De Wolden
    "Zuidwolde": ("0528", ["Hoofdstraat", "Kerkstraat", "Julianastraat", "Schoolstraat"], [28, 40], False),
    "Ruinen": ("0522", ["Brink", "Oosterstraat", "Westerstraat", "Kerkstraat"], [29], False),
    "De Wijk": ("0522", ["Julianalaan", "Hoofdstraat", "Dorpsstraat"], [28], False),
    "Ruinerwold": ("0522", ["Dokter Larijweg", "Kerkweg", "Haarweg"], [29], False),
    "Koekange": ("0522", ["Hoofdweg", "Schoolstraat", "Kerkweg"], [28], False),
    # Emmen
    "Emmen": ("0591", ["Hoofdstraat", "Noorderstraat", "Wilhelminastraat", "Boermarkeweg", "Houtweg",
                       "Angelsloërdijk", "Statenweg", "Emmerhoutstraat", "Van Schaikweg", "Marktplein"],
                      [1, 2, 3, 4, 5, 6], True),
    "Klazienaveen": ("0591", ["Langestraat", "Kerkstraat", "Vaart NZ", "Schoolstraat"], [3, 73], False),
    "Emmer-Compascuum": ("0591", ["Hoofdkanaal OZ", "Hoofdkanaal WZ", "Kerkstraat"], [40, 41], False),
    "Nieuw-Amsterdam": ("0591", ["Vaart NZ", "Vaart ZZ", "Dorpsstraat"], [26], True),
    "Schoonebeek": ("0524", ["Europaweg", "Kerkstraat", "Markt", "Dorpsstraat"], [45], False),
    "Zwartemeer": ("0591", ["Hoofdstraat", "Kanaalweg", "Kerkstraat"], [3, 73], False),
    "Erica": ("0591", ["Verlengde Ericasestraat", "Kerkstraat", "Hoofdstraat"], [73], False),
    "Nieuw-Weerdinge": ("0591", ["Weerdingerkanaal NZ", "Kerkstraat", "Schoolstraat"], [40], False),
    # Hoogeveen
    "Hoogeveen": ("0528", ["Hoofdstraat", "Grote Kerkstraat", "Van Limburg Stirumstraat", "Alteveerstraat",
                           "Schutstraat", "Pesserstraat", "Zuiderweg", "Wolfsbergerweg", "Stationsplein"],
                          [1, 2, 3, 28, 40], True),
    "Hollandscheveld": ("0528", ["Hoogeveenseweg", "Kerkweg", "Schoolstraat"], [40], False),
    "Pesse": ("0528", ["Brink", "Dorpsstraat", "Kerkweg"], [32], False),
    "Nieuwlande": ("0528", ["Julianastraat", "Hoofdstraat", "Schoolstraat"], [40], False),
    "Elim": ("0528", ["Kerkweg", "Hoofdstraat"], [40], False),
    # Meppel
    "Meppel": ("0522", ["Hoofdstraat", "Prinsengracht", "Kleine Oever", "Zomerdijk", "Stationsweg",
                        "Keizersgracht", "Woldstraat", "Eendrachtstraat"],
                       [1, 2, 29, 30], True),
    "Nijeveen": ("0522", ["Dorpsstraat", "Kerkweg", "Schoolstraat"], [30], False),
    # Midden-Drenthe
    "Beilen": ("0593", ["Brinkstraat", "Stationsstraat", "Kerkstraat", "Hoofdweg", "Julianastraat"],
                       [20, 22], True),
    "Westerbork": ("0593", ["Hoofdstraat", "Brink", "Molenstraat"], [22], False),
    "Smilde": ("0592", ["Hoofdweg", "Kerkstraat", "Schoolstraat"], [50], False),
    "Bovensmilde": ("0592", ["Hoofdweg", "Kerkstraat"], [50], False),
    "Hooghalen": ("0593", ["Hoofdweg", "Schoolstraat"], [20], False),
    "Wijster": ("0593", ["Hoofdweg", "Schoolstraat"], [20], False),
    # Noordenveld
    "Roden": ("050", ["Brink", "Heerestraat", "Nieuweweg", "Kerkstraat", "Ceresstraat"], [84, 85, 88], False),
    "Peize": ("050", ["Hoofdstraat", "Kerkstraat", "Schoolstraat"], [85], False),
    "Norg": ("0592", ["Brink", "Asserstraat", "Kerkstraat"], [19], False),
    "Veenhuizen": ("0592", ["Hoofdweg", "Kerklaan"], [19], False),
    # Tynaarlo
    "Zuidlaren": ("050", ["Stationsweg", "Brink Oostzijde", "Kerkstraat", "Telefoonweg"], [9, 51], False),
    "Eelde": ("050", ["Hoofdweg", "Wolfsbergerweg", "Schoolstraat"], [52], False),
    "Paterswolde": ("050", ["Hoofdweg", "Groningerweg", "Meerweg"], [52], False),
    "Vries": ("0592", ["Brink", "Oude Asserstraat", "Kerkstraat"], [51], False),
    "Tynaarlo": ("0592", ["Hoofdweg", "Brink"], [51], False),
    # Westerveld
    "Diever": ("0521", ["Hoofdstraat", "Brink", "Bosweg"], [16], False),
    "Dwingeloo": ("0521", ["Brink", "Heuvelenweg", "Schoolstraat"], [16, 31], False),
    "Havelte": ("0521", ["Kerkstraat", "Schoolstraat", "Havelterweg"], [30], False),
    "Vledder": ("0521", ["Brink", "Stationsweg", "Hoofdstraat"], [16], False),
    "Frederiksoord": ("0521", ["Major van Swietenlaan", "Koningin Wilhelminalaan"], [16], False),
    "Uffelte": ("0521", ["Dorpsstraat", "Kerkweg"], [30], False),
}

# Postal-code prefixes of towns with more than one (the file's typical postcode first), or with
# none of their own in the file.
POSTCODES = {
    "Assen": ["9401", "9402", "9403", "9404", "9405", "9406", "9407", "9408"],
    "Koekange": ["7958"],
    "Emmen": ["7811", "7812", "7813", "7814", "7822", "7823", "7824"],
    "Zwartemeer": ["7894"],
    "Nieuw-Weerdinge": ["7831"],
    "Hoogeveen": ["7901", "7902", "7903", "7904", "7906", "7907", "7908"],
    "Meppel": ["7941", "7942", "7943", "7944"],
    "Frederiksoord": ["8382"],
}


def place_key(name):
    """The lookup key of drenthe_places.cpp: letter case and accents ignored, "Tweede X" is "2e X"."""
    key = "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))
    for word, number in (("eerste ", "1e "), ("tweede ", "2e ")):
        if key.startswith(word):
            key = number + key[len(word):]
    return key


def read_places():
    with open(PLACES_CSV, encoding="utf-8", newline="") as f:
        return {place_key(row["name"]): row for row in csv.DictReader(f)}


PLACES = read_places()


def town_facts(town):
    """(municipality, lat, lon, postal-code prefixes, area code, streets, bus lines, has station)."""
    place = PLACES.get(place_key(town))
    if place is None:
        raise SystemExit("%s is not in %s" % (town, PLACES_CSV))
    postcodes = POSTCODES.get(town) or [place["postcode"]]
    if place["postcode"] and postcodes[0] != place["postcode"]:
        raise SystemExit("%s: POSTCODES should start with %s, the postcode in %s"
                         % (town, place["postcode"], PLACES_CSV))
    if not postcodes[0]:
        raise SystemExit("%s has no postcode in %s: give it one in POSTCODES" % (town, PLACES_CSV))
    return (place["municipality"], float(place["lat"]), float(place["lon"]), postcodes) + TOWN_EXTRAS[town]


TOWNS = {town: town_facts(town) for town in TOWN_EXTRAS}

MUNICIPALITIES = sorted({place["municipality"] for place in PLACES.values()})

CITIES = {"Assen", "Emmen", "Hoogeveen", "Meppel"}  # larger places: spread locations wider

# --------------------------------------------------------------------------------------------
# Taxonomy: the twelve codes Wegwijzer understands (names as in kiosk/core/taxonomy.cpp).
# --------------------------------------------------------------------------------------------

TAXONOMY = [
    ("dementia-support", "Hulp bij dementie", "Dementia support",
     "Casemanager dementie, dementieconsulent, geheugenpoli en informatie over dementie."),
    ("meeting", "Ontmoeten", "Meeting places",
     "Alzheimer Café, ontmoetingscentrum, Odensehuis en andere plekken om anderen te ontmoeten."),
    ("day-care", "Dagbesteding", "Day care",
     "Dagbesteding overdag, bijvoorbeeld op een zorgboerderij of in het dorp."),
    ("transport", "Vervoer", "Transport",
     "Regiotaxi, Wmo-vervoer, vrijwillige chauffeurs en buurtbus."),
    ("carer-support", "Hulp voor mantelzorgers", "Help for carers",
     "Steun, advies en even rust voor mantelzorgers, zoals respijtzorg en logeeropvang."),
    ("care-at-home", "Zorg thuis", "Care at home",
     "Wijkverpleging, thuiszorg, maaltijden aan huis en personenalarmering."),
    ("advice", "Advies en loket", "Advice",
     "Wmo-loket, sociaal team, cliëntondersteuning en hulp bij geld en regels."),
    ("audience-person", "Voor mensen met dementie", "For people with dementia",
     "Bedoeld voor de persoon met (beginnende) dementie."),
    ("audience-carer", "Voor mantelzorgers", "For carers",
     "Bedoeld voor partners, familie en anderen die zorgen voor iemand met dementie."),
    ("cost-free", "Gratis", "Free", "U betaalt niets."),
    ("cost-contribution", "Eigen bijdrage", "Personal contribution",
     "U betaalt zelf een deel of een vast bedrag."),
    ("cost-indication", "Indicatie nodig", "Needs a care assessment",
     "U heeft een indicatie nodig van de gemeente (Wmo) of het CIZ (Wlz)."),
]

PERSON = "audience-person"
CARER = "audience-carer"
BOTH = [PERSON, CARER]

# --------------------------------------------------------------------------------------------
# Organisations (all fictional).
# --------------------------------------------------------------------------------------------

# key: (name, description, hub town)
ORGANISATIONS = {
    "cafe": ("Stichting Ontmoeten bij Dementie Drenthe",
             "Vrijwilligers die in heel Drenthe Alzheimer Cafés organiseren.", "Assen"),
    "odense": ("Stichting Inloophuizen Dementie Drenthe",
               "Inloophuizen voor mensen met beginnende dementie en hun naasten.", "Assen"),
    "linde": ("Zorggroep De Drentse Linde",
              "Wijkverpleging, thuiszorg en dagbesteding in Midden- en Noord-Drenthe.", "Assen"),
    "veenland": ("Thuiszorg Het Veenland",
                 "Zorg thuis, casemanagement en dagbesteding in Zuidoost-Drenthe.", "Emmen"),
    "reestwold": ("Zorggroep Reest en Wold",
                  "Zorg thuis en dagbesteding in Zuidwest-Drenthe.", "Hoogeveen"),
    "esdorp": ("Zorgcoöperatie Esdorp",
               "Kleine zorgcoöperatie met wijkteams in dorpen en wijken in Drenthe.", "Beilen"),
    "taxi": ("Vervoerscentrale Het Drentse Land",
             "Regelt de Regiotaxi en het Wmo-vervoer voor de gemeenten in Drenthe.", "Assen"),
    "alarm": ("Alarmcentrale De Waakvlam",
              "Personenalarmering en alarmopvolging, dag en nacht.", "Hoogeveen"),
    "lijn": ("Stichting Geheugensteun Drenthe",
             "Telefonische informatie en een luisterend oor bij dementie.", "Beilen"),
    "hospital": ("Ziekenhuisgroep Drentse Hoven",
                 "Ziekenhuiszorg in Emmen, Assen, Hoogeveen en Meppel.", "Assen"),
    "client": ("Stichting Naast U Drenthe",
               "Onafhankelijke cliëntondersteuning voor alle inwoners van Drenthe.", "Assen"),
    "meals": ("Maaltijddienst De Drentse Pot",
              "Warme en verse maaltijden aan huis in heel Drenthe.", "Westerbork"),
    "law": ("Stichting Rechtshulp Dichtbij",
            "Gratis juridisch spreekuur en hulp bij regels en geldzaken.", "Assen"),
    "logeer": ("Stichting Logeerhuizen De Zwaluw",
               "Logeerhuizen waar mensen met dementie een paar dagen kunnen verblijven.", "Hoogeveen"),
}

# Homecare group per municipality, and the welfare foundation of each municipality.
MUNICIPALITY_ORGS = {
    # municipality: (welfare foundation, homecare key)
    "Aa en Hunze": ("Stichting Hunzekracht", "linde"),
    "Assen": ("Stichting Samen Thuis Assen", "linde"),
    "Borger-Odoorn": ("Stichting Hondsrug Samen", "veenland"),
    "Coevorden": ("Stichting Welzijn Vestingkring", "veenland"),
    "De Wolden": ("Stichting Wolden Dichtbij", "reestwold"),
    "Emmen": ("Stichting Samen Thuis Emmen", "veenland"),
    "Hoogeveen": ("Stichting Buurtkracht Hoogeveen", "reestwold"),
    "Meppel": ("Stichting Naoberhuis Meppel", "reestwold"),
    "Midden-Drenthe": ("Stichting Dorpenkracht Midden-Drenthe", "linde"),
    "Noordenveld": ("Stichting Noordenveld Naoberschap", "linde"),
    "Tynaarlo": ("Stichting Elkaar Tynaarlo", "linde"),
    "Westerveld": ("Stichting Westerveld Dichtbij", "reestwold"),
}

# --------------------------------------------------------------------------------------------
# What each municipality offers. Town lists name where a service (or its location) is.
# --------------------------------------------------------------------------------------------

PLANS = {
    "Aa en Hunze": dict(
        hub="Gieten", loket=["Gieten", "Annen"], team=["Gieten", "Annen", "Rolde"],
        cafes=["Gieten", "Annen", "Rolde"], ontmoeting=[("De Hunzehof", "Rolde")], odense=[],
        farms=[("De Hunzehoeve", "Eext"), ("Het Zandpad", "Grolloo")],
        daycare=[("De Huiskamer", "Gasselte")], chauffeurs=["Gieten", "Annen"],
        buurtbus=[["Gasselte", "Gieten", "Eext", "Annen"]], mzcafe=["Rolde"], logeer=[],
        course=["Annen"], advice=["Gieten"], law=[], walk=["Gasselte"], young=[], esdorp=False),
    "Assen": dict(
        hub="Assen", loket=["Assen"], team=["Assen"],
        cafes=["Assen", ("Assen", "Assen-Noord")], ontmoeting=[("De Vaart", "Assen"), ("Kloosterveen", "Assen")],
        odense=["Assen"], farms=[("De Anreeper Hoeve", "Assen")],
        daycare=[("Het Trefpunt", "Assen")], chauffeurs=["Assen"], buurtbus=[],
        mzcafe=["Assen"], logeer=[("De Zwaluw", "Assen")], course=["Assen"],
        advice=["Assen"], law=["Assen"], walk=["Assen"], young=["Assen"], esdorp=True),
    "Borger-Odoorn": dict(
        hub="Exloo", loket=["Exloo", "Nieuw-Buinen"], team=["Borger", "Exloo", "Valthermond"],
        cafes=["Borger", "Nieuw-Buinen", "Odoorn"], ontmoeting=[("'t Hunebed", "Borger")], odense=[],
        farms=[("De Esakkers", "Exloo"), ("Het Veenhuus", "Valthermond")],
        daycare=[("De Kiel", "Tweede Exloërmond")], chauffeurs=["Borger", "Valthermond"],
        buurtbus=[["Exloo", "Odoorn", "Valthermond"]], mzcafe=["Exloo"], logeer=[],
        course=["Borger"], advice=["Nieuw-Buinen"], law=[], walk=[], young=[], esdorp=True),
    "Coevorden": dict(
        hub="Coevorden", loket=["Coevorden", "Dalen"], team=["Coevorden", "Sleen", "Schoonoord"],
        cafes=["Coevorden", "Dalen", "Sleen"], ontmoeting=[("De Vesting", "Coevorden")], odense=[],
        farms=[("De Klaverweide", "Oosterhesselen"), ("Het Aalderveld", "Aalden")],
        daycare=[("De Schakel", "Schoonoord")], chauffeurs=["Coevorden", "Sleen"],
        buurtbus=[["Sleen", "Aalden", "Oosterhesselen"]], mzcafe=["Dalen"], logeer=[],
        course=["Coevorden"], advice=["Coevorden"], law=[], walk=["Dalen"], young=[], esdorp=False),
    "De Wolden": dict(
        hub="Zuidwolde", loket=["Zuidwolde"], team=["Zuidwolde", "Ruinen", "De Wijk"],
        cafes=["Zuidwolde", "Ruinen"], ontmoeting=[("De Wolderhof", "Ruinerwold")], odense=[],
        farms=[("De Reesthoeve", "De Wijk"), ("De Linthorst", "Koekange")],
        daycare=[("Het Wold", "Ruinen")], chauffeurs=["Zuidwolde", "Ruinerwold"],
        buurtbus=[["Ruinen", "Ruinerwold", "Koekange"]], mzcafe=["De Wijk"], logeer=[],
        course=["Zuidwolde"], advice=["Zuidwolde"], law=[], walk=["Ruinen"], young=[], esdorp=False),
    "Emmen": dict(
        hub="Emmen", loket=["Emmen", "Klazienaveen"], team=["Emmen", "Emmer-Compascuum", "Schoonebeek"],
        cafes=["Emmen", ("Emmen", "Emmen-Angelslo"), "Klazienaveen", "Emmer-Compascuum", "Schoonebeek", "Nieuw-Amsterdam"],
        ontmoeting=[("De Boermarke", "Emmen"), ("Veenkoloniaal Huis", "Zwartemeer")],
        odense=["Emmen"], farms=[("De Weerdinger Hoeve", "Nieuw-Weerdinge"), ("De Peelhoeve", "Erica")],
        daycare=[("De Wieken", "Klazienaveen"), ("Het Anker", "Schoonebeek")],
        chauffeurs=["Emmen", "Emmer-Compascuum"], buurtbus=[], mzcafe=["Emmen", "Schoonebeek"],
        logeer=[("De Zwaluw", "Emmen")], course=["Emmen"], advice=["Emmen", "Klazienaveen"],
        law=["Emmen"], walk=["Emmen"], young=["Emmen"], esdorp=True),
    "Hoogeveen": dict(
        hub="Hoogeveen", loket=["Hoogeveen"], team=["Hoogeveen", "Hollandscheveld"],
        cafes=["Hoogeveen", "Hollandscheveld"], ontmoeting=[("De Weide", "Hoogeveen")],
        odense=["Hoogeveen"], farms=[("De Elimer Hoeve", "Elim"), ("Het Pesser Erf", "Pesse")],
        daycare=[("De Spil", "Nieuwlande")], chauffeurs=["Hoogeveen"], buurtbus=[],
        mzcafe=["Hoogeveen"], logeer=[("De Zwaluw", "Hoogeveen")], course=["Hoogeveen"],
        advice=["Hoogeveen"], law=["Hoogeveen"], walk=["Hoogeveen"], young=[], esdorp=True),
    "Meppel": dict(
        hub="Meppel", loket=["Meppel"], team=["Meppel", "Nijeveen"],
        cafes=["Meppel", "Nijeveen"], ontmoeting=[("De Oever", "Meppel")], odense=["Meppel"],
        farms=[("De Nijeveense Hoeve", "Nijeveen")], daycare=[("Het Kleine Huis", "Meppel")],
        chauffeurs=["Meppel"], buurtbus=[], mzcafe=["Meppel"], logeer=[], course=["Meppel"],
        advice=["Meppel"], law=["Meppel"], walk=["Meppel"], young=["Meppel"], esdorp=False),
    "Midden-Drenthe": dict(
        hub="Beilen", loket=["Beilen", "Smilde"], team=["Beilen", "Westerbork", "Smilde"],
        cafes=["Beilen", "Westerbork", "Bovensmilde"], ontmoeting=[("De Brinkhof", "Beilen")],
        odense=[], farms=[("De Hooghalerhoeve", "Hooghalen"), ("Het Wijsterveld", "Wijster")],
        daycare=[("De Smildiger Kamer", "Smilde")], chauffeurs=["Beilen", "Westerbork"],
        buurtbus=[["Hooghalen", "Beilen", "Wijster"]], mzcafe=["Westerbork"], logeer=[],
        course=["Beilen"], advice=["Beilen"], law=[], walk=[], young=[], esdorp=True),
    "Noordenveld": dict(
        hub="Roden", loket=["Roden"], team=["Roden", "Norg"],
        cafes=["Roden", "Norg", "Peize"], ontmoeting=[("De Heerenhof", "Roden")], odense=[],
        farms=[("De Kolonie Hoeve", "Veenhuizen")], daycare=[("De Brinkkamer", "Norg")],
        chauffeurs=["Roden", "Peize"], buurtbus=[["Norg", "Veenhuizen"]], mzcafe=["Roden"],
        logeer=[], course=["Peize"], advice=["Roden"], law=[], walk=["Norg"], young=[], esdorp=False),
    "Tynaarlo": dict(
        hub="Vries", loket=["Vries", "Zuidlaren"], team=["Zuidlaren", "Eelde", "Vries"],
        cafes=["Zuidlaren", "Eelde", "Vries"], ontmoeting=[("De Zuidlaarder Kamer", "Zuidlaren")],
        odense=[], farms=[("De Drentsche Aa Hoeve", "Tynaarlo")], daycare=[("De Meerkamer", "Paterswolde")],
        chauffeurs=["Zuidlaren", "Eelde"], buurtbus=[], mzcafe=["Eelde"], logeer=[],
        course=["Zuidlaren"], advice=["Zuidlaren"], law=[], walk=["Paterswolde"], young=[], esdorp=False),
    "Westerveld": dict(
        hub="Diever", loket=["Diever", "Havelte"], team=["Diever", "Dwingeloo", "Havelte"],
        cafes=["Dwingeloo", "Havelte", "Vledder"], ontmoeting=[("De Koloniekamer", "Frederiksoord")],
        odense=[], farms=[("De Heidehoeve", "Uffelte"), ("Het Dieverzand", "Diever")],
        daycare=[("De Brinkstee", "Dwingeloo")], chauffeurs=["Havelte", "Vledder"],
        buurtbus=[["Vledder", "Frederiksoord", "Diever"]], mzcafe=["Havelte"], logeer=[],
        course=["Dwingeloo"], advice=["Havelte"], law=[], walk=["Dwingeloo"], young=[], esdorp=True),
}

# Hospital sites with a geheugenpoli, and the municipalities each site serves.
HOSPITALS = [
    ("Emmen", ["Emmen", "Borger-Odoorn", "Coevorden"]),
    ("Assen", ["Assen", "Aa en Hunze", "Tynaarlo", "Noordenveld", "Midden-Drenthe"]),
    ("Hoogeveen", ["Hoogeveen", "De Wolden", "Midden-Drenthe", "Coevorden"]),
    ("Meppel", ["Meppel", "Westerveld", "De Wolden"]),
]

# Fictional associations that run the neighbourhood buses, by the first village on the route.
BUS_ASSOCIATIONS = {"Gasselte": "Buurtbusvereniging De Hunzehopper", "Exloo": "Buurtbusvereniging De Veenlijn",
                    "Sleen": "Buurtbusvereniging De Esdorpenlijn", "Ruinen": "Buurtbusvereniging De Woldlijn",
                    "Hooghalen": "Buurtbusvereniging Het Heidebusje", "Norg": "Buurtbusvereniging De Koloniebus",
                    "Vledder": "Buurtbusvereniging De Vledderlijn"}

# Streets for farms, which lie outside the village centre.
FARM_STREETS = ["Esweg", "Veldweg", "Hooiweg", "Zandweg", "Kampweg", "Boerweg", "Heideweg", "Middenweg"]

# Venue names for meeting places in villages and town districts.
VENUES = ["Dorpshuis De Schakel", "Wijkcentrum De Ploeg", "Dorpshuis De Kiel", "MFC De Brink",
          "Buurthuis De Kastanje", "Dorpshuis 't Olde Lokaal", "Zalencentrum De Hoeksteen",
          "Wijkcentrum De Bron", "Dorpshuis De Spinde", "Ontmoetingsplek De Lindeboom",
          "Zorgcentrum De Eshof", "Bibliotheek en Ontmoeting", "Dorpshuis De Wenakker",
          "Wijkcentrum Het Baken", "Dorpshuis De Marke", "Zaal De Zwaan"]

# --------------------------------------------------------------------------------------------
# Words for schedules.
# --------------------------------------------------------------------------------------------

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
WORKDAYS = "MO,TU,WE,TH,FR"
ALL_DAYS = ",".join(DAYS)
DAY_NL = dict(zip(DAYS, ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]))
DAY_EN = dict(zip(DAYS, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
ORDINAL_NL = ["eerste", "tweede", "derde", "vierde", "laatste"]
ORDINAL_EN = ["first", "second", "third", "fourth", "last"]

# --------------------------------------------------------------------------------------------
# Service types. Texts are Dutch at B1 level with an English translation. The first sentence
# says what the service is: result cards show only that sentence. Placeholders are filled in
# per service: {town}, {gemeente}, {org}, {venue}, {farm}, {stops}, {when_nl}, {when_en}.
# --------------------------------------------------------------------------------------------

FREE = ("Gratis.", "Free.")
FREE_INSURED = ("Gratis. De zorgverzekering betaalt. Het gaat niet van uw eigen risico af.",
                "Free. Your health insurance pays. It does not count towards your deductible.")
INDICATION_CAK = ("U heeft een indicatie nodig van de gemeente (Wmo). U betaalt een eigen bijdrage via het CAK.",
                  "You need a care assessment from the municipality (Wmo). You pay a personal contribution through the CAK.")
INDICATION_WMO_WLZ = ("U heeft een indicatie nodig (Wmo of Wlz). U betaalt een eigen bijdrage via het CAK. "
                      "Vervoer van en naar huis is inbegrepen.",
                      "You need a care assessment (Wmo or Wlz). You pay a personal contribution through the CAK. "
                      "Transport to and from home is included.")

KINDS = {
    "alzheimer-cafe": dict(
        categories=["meeting"], audiences=BOTH, cost="cost-free",
        name=("Alzheimer Café {town}", "Alzheimer Café {town}"),
        texts=[
            ("Het Alzheimer Café in {town} is een avond voor iedereen die met dementie te maken heeft. "
             "U kunt er praten met anderen en luisteren naar een korte uitleg over een onderwerp. "
             "Er is koffie en thee. U hoeft zich niet aan te melden.",
             "The Alzheimer Café in {town} is an evening for everyone who deals with dementia. "
             "You can talk with others and listen to a short talk about a topic. "
             "There is coffee and tea. You do not need to sign up."),
            ("Een gezellige avond per maand in {town} voor mensen met dementie, hun partner, familie en vrienden. "
             "Elke keer vertelt een gast iets, bijvoorbeeld een arts of een casemanager. "
             "Daarna is er tijd voor vragen en een praatje.",
             "A friendly evening once a month in {town} for people with dementia, their partner, family and friends. "
             "Each time a guest speaks, for example a doctor or a case manager. "
             "After that there is time for questions and a chat."),
            ("Het Alzheimer Café is een maandelijkse ontmoeting over leven met dementie, in {venue} in {town}. "
             "U hoort tips van mensen die het weten. "
             "U kunt gewoon binnenlopen, ook als u alleen wilt luisteren.",
             "The Alzheimer Café is a monthly meeting about living with dementia, at {venue} in {town}. "
             "You hear tips from people who know. "
             "You can just walk in, even if you only want to listen."),
            ("Een avond om andere mensen te ontmoeten die leven met dementie. "
             "Het café in {town} wordt gemaakt door vrijwilligers. "
             "Er is een thema, soms muziek, en tijd om bij te praten.",
             "An evening to meet other people who live with dementia. "
             "The café in {town} is run by volunteers. "
             "There is a theme, sometimes music, and time to catch up."),
        ],
        fees=("Gratis. De koffie en thee zijn ook gratis.", "Free. Coffee and tea are free as well."),
        eligibility=("Voor iedereen. Aanmelden is niet nodig.", "For everyone. No need to sign up."),
        phone="Vragen over het café",
    ),
    "odensehuis": dict(
        categories=["meeting"], audiences=BOTH, cost="cost-free",
        name=("Odensehuis {town}", "Odensehuis {town}"),
        texts=[
            ("Het Odensehuis is een inloophuis voor mensen met beginnende dementie en hun naasten. "
             "U kunt zonder afspraak binnenlopen voor koffie, een gesprek of een activiteit. "
             "Gasten en vrijwilligers in {town} bepalen samen wat er gebeurt.",
             "The Odensehuis is a drop-in house for people with early dementia and those close to them. "
             "You can walk in without an appointment for coffee, a talk or an activity. "
             "Guests and volunteers in {town} decide together what happens."),
            ("Een huiskamer in {town} waar mensen met geheugenproblemen welkom zijn. "
             "Er zijn activiteiten zoals wandelen, schilderen, koken en muziek. "
             "Mantelzorgers kunnen er ook terecht voor een praatje of advies.",
             "A living room in {town} where people with memory problems are welcome. "
             "There are activities such as walking, painting, cooking and music. "
             "Carers can also come for a chat or advice."),
        ],
        fees=("Gratis. Een vrijwillige bijdrage voor de koffie mag.",
              "Free. A voluntary contribution for the coffee is welcome."),
        eligibility=("Voor mensen met (beginnende) dementie en hun mantelzorgers. U heeft geen indicatie of verwijzing nodig.",
                     "For people with (early) dementia and their carers. You do not need a care assessment or referral."),
        phone="Bel gerust voor meer informatie",
    ),
    "ontmoetingscentrum": dict(
        categories=["meeting"], audiences=BOTH, cost="cost-indication",
        name=("Ontmoetingscentrum {venue}", "Meeting centre {venue}"),
        texts=[
            ("Een ontmoetingscentrum is een plek waar mensen met dementie overdag samen zijn. "
             "U doet mee aan activiteiten zoals bewegen, koken en samen eten. "
             "Uw mantelzorger kan in {town} meedoen aan gespreksgroepen en informatiebijeenkomsten.",
             "A meeting centre is a place where people with dementia spend the day together. "
             "You take part in activities such as exercise, cooking and eating together. "
             "Your carer can join discussion groups and information meetings in {town}."),
            ("In ontmoetingscentrum {venue} in {town} komen thuiswonende mensen met dementie samen. "
             "Er is aandacht voor wat u nog goed kunt. "
             "Zo heeft uw mantelzorger ook wat tijd voor zichzelf.",
             "At meeting centre {venue} in {town}, people with dementia who live at home come together. "
             "The focus is on what you can still do well. "
             "This also gives your carer some time for themselves."),
            ("Een warme plek in {town} voor mensen met dementie en hun mantelzorgers. "
             "U komt één of meer dagen per week en doet mee aan wat bij u past. "
             "Een vaste begeleider helpt u en houdt contact met uw familie.",
             "A warm place in {town} for people with dementia and their carers. "
             "You come one or more days a week and join in with what suits you. "
             "A regular support worker helps you and keeps in touch with your family."),
        ],
        fees=INDICATION_CAK,
        eligibility=("Voor thuiswonende mensen met dementie en hun mantelzorgers. U heeft een indicatie nodig van de gemeente (Wmo). Het Wmo-loket helpt u daarbij.",
                     "For people with dementia who live at home, and their carers. You need a care assessment from the municipality (Wmo). The Wmo desk can help you with this."),
        phone="Aanmelden en informatie",
    ),
    "walk": dict(
        categories=["meeting"], audiences=BOTH, cost="cost-free",
        name=("Wandelgroep Samen op Pad {town}", "Walking group Samen op Pad {town}"),
        texts=[
            ("Een wandelgroep voor mensen met dementie en hun mantelzorger, elke week in {town}. "
             "U loopt een uur in een rustig tempo, samen met vrijwilligers. "
             "Na afloop drinkt u samen koffie.",
             "A walking group for people with dementia and their carer, every week in {town}. "
             "You walk for an hour at a gentle pace, together with volunteers. "
             "Afterwards you have coffee together."),
            ("Samen buiten bewegen en een praatje maken: dat is Samen op Pad in {town}. "
             "De wandeling is kort en niet moeilijk. "
             "Ook met een rollator bent u welkom.",
             "Exercising outdoors together and having a chat: that is Samen op Pad in {town}. "
             "The walk is short and not difficult. "
             "You are welcome with a walking frame too."),
        ],
        fees=FREE,
        eligibility=("Voor iedereen. Meld u de eerste keer even aan bij de begeleider.",
                     "For everyone. Please let the group leader know the first time you come."),
        phone="Aanmelden bij de begeleider",
    ),
    "young": dict(
        categories=["meeting"], audiences=BOTH, cost="cost-free",
        name=("Ontmoetingsgroep jonge mensen met dementie {town}",
              "Meeting group for young people with dementia {town}"),
        texts=[
            ("Een ontmoetingsgroep voor mensen die voor hun 65ste dementie kregen, en hun partner. "
             "U praat met anderen die in dezelfde situatie zitten, over werk, kinderen en de toekomst. "
             "De groep komt één keer per maand samen in {town}.",
             "A meeting group for people who developed dementia before the age of 65, and their partner. "
             "You talk with others in the same situation, about work, children and the future. "
             "The group meets once a month in {town}."),
        ],
        fees=FREE,
        eligibility=("Voor mensen met dementie jonger dan 65 jaar en hun naasten. Aanmelden via de casemanager of telefonisch.",
                     "For people with dementia under 65 and those close to them. Sign up through the case manager or by phone."),
        phone="Aanmelden",
    ),
    "farm": dict(
        categories=["day-care"], audiences=[PERSON], cost="cost-indication",
        name=("Dagbesteding Zorgboerderij {farm}", "Day care at {farm} care farm"),
        texts=[
            ("Zorgboerderij {farm} biedt dagbesteding op een boerderij bij {town} voor mensen met dementie. "
             "U helpt mee met de dieren, in de moestuin of in de keuken, zoveel als u wilt. "
             "De dag heeft een vaste structuur en er is een warme lunch.",
             "{farm} care farm offers day care on a farm near {town} for people with dementia. "
             "You help with the animals, in the vegetable garden or in the kitchen, as much as you like. "
             "The day has a fixed routine and there is a hot lunch."),
            ("Dagbesteding op een boerderij bij {town}, met begeleiding voor mensen met geheugenproblemen. "
             "Er zijn kippen, geiten en een grote tuin. "
             "Wie niet meer zelf kan komen, wordt met een busje opgehaald in de gemeente {gemeente}.",
             "Day care on a farm near {town}, with support for people with memory problems. "
             "There are chickens, goats and a large garden. "
             "If you can no longer come on your own, a minibus picks you up in the municipality of {gemeente}."),
            ("Dagbesteding in het groen, op een kleine zorgboerderij in {town}. "
             "U werkt in een kleine groep met vaste begeleiders. "
             "Samen koffie drinken en lunchen hoort erbij.",
             "Day care in green surroundings, on a small care farm in {town}. "
             "You work in a small group with regular staff. "
             "Having coffee and lunch together is part of the day."),
        ],
        fees=INDICATION_WMO_WLZ,
        eligibility=("Voor mensen met dementie die thuis wonen. U heeft een indicatie nodig van de gemeente (Wmo) of van het CIZ (Wlz).",
                     "For people with dementia who live at home. You need a care assessment from the municipality (Wmo) or from the CIZ (Wlz)."),
        phone="Bel voor een kennismaking",
    ),
    "daycare": dict(
        categories=["day-care"], audiences=[PERSON], cost="cost-indication",
        name=("Dagbesteding {venue} {town}", "Day care {venue} {town}"),
        texts=[
            ("Dagbesteding in het dorp: een huiskamer in {town} waar u één of meer dagen per week komt. "
             "U doet samen met anderen spelletjes, gaat wandelen, zingt of helpt bij het koken. "
             "Zo blijft u actief en dicht bij huis.",
             "Day care in the village: a living room in {town} where you come one or more days a week. "
             "Together with others you play games, go for walks, sing or help with cooking. "
             "This keeps you active and close to home."),
            ("Kleinschalige dagbesteding voor ouderen met dementie in {town}. "
             "Er is een vaste groep van ongeveer tien mensen met vaste begeleiders. "
             "Uw mantelzorger heeft die dag tijd voor zichzelf.",
             "Small-scale day care for older people with dementia in {town}. "
             "There is a regular group of about ten people with regular staff. "
             "Your carer has that day to themselves."),
            ("Een plek om overdag samen te zijn, voor mensen met dementie uit {town} en omgeving. "
             "Er is een dagprogramma met bewegen, muziek, geheugenspelletjes en een warme maaltijd. "
             "Vervoer van en naar huis kan worden geregeld.",
             "A place to spend the day together, for people with dementia from {town} and the surrounding area. "
             "There is a day programme with exercise, music, memory games and a hot meal. "
             "Transport to and from home can be arranged."),
        ],
        fees=INDICATION_WMO_WLZ,
        eligibility=("Voor mensen met dementie die thuis wonen. U heeft een indicatie nodig van de gemeente (Wmo) of van het CIZ (Wlz).",
                     "For people with dementia who live at home. You need a care assessment from the municipality (Wmo) or from the CIZ (Wlz)."),
        phone="Informatie en aanmelden",
    ),
    "casemanager": dict(
        categories=["dementia-support"], audiences=BOTH, cost="cost-free",
        name=("Casemanager dementie {gemeente}", "Dementia case manager {gemeente}"),
        texts=[
            ("Een casemanager dementie begeleidt u en uw naasten vanaf de diagnose dementie. "
             "De casemanager komt bij u thuis in {gemeente}, beantwoordt vragen en regelt zorg en hulp. "
             "U heeft één vast aanspreekpunt, zo lang als dat nodig is.",
             "A dementia case manager supports you and those close to you from the diagnosis of dementia. "
             "The case manager visits you at home in {gemeente}, answers questions and arranges care and help. "
             "You have one regular contact person for as long as needed."),
            ("Begeleiding thuis voor mensen met dementie en hun mantelzorgers in de gemeente {gemeente}. "
             "De casemanager helpt bij veranderingen, legt uit wat dementie doet en denkt mee over later. "
             "Ook bij onrust of spanning thuis kunt u de casemanager bellen.",
             "Support at home for people with dementia and their carers in the municipality of {gemeente}. "
             "The case manager helps with changes, explains what dementia does and helps you plan ahead. "
             "You can also call the case manager when there is unrest or tension at home."),
            ("De casemanager dementie van {org} is uw vaste gids bij dementie in {gemeente}. "
             "Samen maakt u een plan: wat wilt u, en welke hulp past daarbij? "
             "De casemanager werkt samen met uw huisarts en de wijkverpleging.",
             "The dementia case manager of {org} is your regular guide with dementia in {gemeente}. "
             "Together you make a plan: what do you want, and which help fits? "
             "The case manager works together with your GP and the district nurses."),
        ],
        fees=FREE_INSURED,
        eligibility=("Voor mensen met de diagnose dementie (of een sterk vermoeden) en hun mantelzorgers. De huisarts verwijst u door.",
                     "For people diagnosed with dementia (or strongly suspected) and their carers. Your GP refers you."),
        phone="Casemanagers, op werkdagen bereikbaar",
    ),
    "consulent": dict(
        categories=["dementia-support"], audiences=BOTH, cost="cost-free",
        name=("Dementieconsulent {gemeente}", "Dementia consultant {gemeente}"),
        texts=[
            ("De dementieconsulent is er voor vragen over geheugen en dementie, ook als er nog geen diagnose is. "
             "U maakt een afspraak op kantoor in {town} of bij u thuis. "
             "De consulent luistert, geeft informatie en wijst u de weg naar hulp.",
             "The dementia consultant is there for questions about memory and dementia, even when there is no diagnosis yet. "
             "You make an appointment at the office in {town} or at your home. "
             "The consultant listens, gives information and shows you the way to help."),
            ("Praten met iemand die veel weet van dementie, zonder verwijzing. "
             "De dementieconsulent van {org} helpt inwoners van {gemeente} die zich zorgen maken over vergeetachtigheid. "
             "Ook familie en buren kunnen bellen.",
             "Talk with someone who knows a lot about dementia, without a referral. "
             "The dementia consultant of {org} helps residents of {gemeente} who worry about forgetfulness. "
             "Family and neighbours can call too."),
        ],
        fees=FREE,
        eligibility=("Voor inwoners van {gemeente}. U heeft geen verwijzing nodig.",
                     "For residents of {gemeente}. You do not need a referral."),
        phone="Afspraak maken",
    ),
    "geheugenpoli": dict(
        categories=["dementia-support"], audiences=[PERSON], cost="cost-contribution",
        name=("Geheugenpoli {town}", "Memory clinic {town}"),
        texts=[
            ("De geheugenpoli van het ziekenhuis in {town} onderzoekt of klachten over het geheugen door dementie komen. "
             "U heeft gesprekken met een arts en een verpleegkundige en doet een paar tests. "
             "Neem iemand mee die u goed kent. Na het onderzoek hoort u de uitslag en wat u kunt doen.",
             "The memory clinic of the hospital in {town} examines whether memory complaints are caused by dementia. "
             "You have talks with a doctor and a nurse and do a few tests. "
             "Bring someone who knows you well. After the tests you hear the result and what you can do."),
            ("Onderzoek naar geheugenklachten in het ziekenhuis in {town}. "
             "Een geriater of neuroloog kijkt samen met u wat er aan de hand is. "
             "Meestal duurt het onderzoek één dag. Daarna zoekt de geheugenpoli met u en de huisarts naar goede hulp.",
             "Tests for memory complaints at the hospital in {town}. "
             "A geriatrician or neurologist looks with you at what is going on. "
             "The tests usually take one day. After that the memory clinic looks for good help with you and your GP."),
        ],
        fees=("De zorgverzekering betaalt. U betaalt wel uw eigen risico.",
              "Your health insurance pays. You do pay your deductible."),
        eligibility=("U heeft een verwijzing nodig van de huisarts.", "You need a referral from your GP."),
        phone="Polikliniek, afspraken",
    ),
    "dementielijn": dict(
        categories=["dementia-support"], audiences=BOTH, cost="cost-free",
        name=("Dementietelefoon Drenthe", "Dementia phone line Drenthe"),
        texts=[
            ("Een telefoonnummer voor alle vragen over dementie, voor mensen uit heel Drenthe. "
             "Vrijwilligers met veel kennis en ervaring luisteren en geven advies. "
             "U kunt ook bellen als u alleen uw verhaal kwijt wilt.",
             "A phone number for all questions about dementia, for people from all over Drenthe. "
             "Volunteers with a lot of knowledge and experience listen and give advice. "
             "You can also call if you just want to tell your story."),
        ],
        fees=("Gratis. Bellen kost alleen uw gewone beltarief.", "Free. Calling costs only your normal call rate."),
        eligibility=("Voor iedereen.", "For everyone."),
        phone="Dementietelefoon",
    ),
    "regiotaxi": dict(
        categories=["transport"], audiences=BOTH, cost="cost-contribution",
        name=("Regiotaxi Drenthe", "Regiotaxi Drenthe (regional taxi)"),
        texts=[
            ("De Regiotaxi is een taxi die u van deur tot deur brengt, in heel Drenthe. "
             "U deelt de taxi soms met andere reizigers. "
             "Bel minstens een uur van tevoren om een rit te bestellen. Met een Wmo-pas betaalt u minder.",
             "The Regiotaxi is a taxi that takes you from door to door, all over Drenthe. "
             "You sometimes share the taxi with other passengers. "
             "Call at least one hour in advance to book a ride. With a Wmo pass you pay less."),
        ],
        fees=("U betaalt per rit, bijvoorbeeld € 3,50 voor een korte rit. Met een Wmo-pas betaalt u minder.",
              "You pay per ride, for example € 3.50 for a short ride. With a Wmo pass you pay less."),
        eligibility=("Voor iedereen. Met een Wmo-pas van uw gemeente reist u goedkoper.",
                     "For everyone. With a Wmo pass from your municipality you travel for less."),
        phone="Rit bestellen",
    ),
    "wmo-vervoer": dict(
        categories=["transport"], audiences=[PERSON], cost="cost-indication",
        name=("Wmo-vervoer {gemeente}", "Wmo transport {gemeente}"),
        texts=[
            ("Wmo-vervoer is vervoer voor mensen die niet meer zelf kunnen reizen, bijvoorbeeld door dementie. "
             "U reist met de taxi voor een lager tarief, in en rond {gemeente}. "
             "Een begeleider mag vaak gratis mee.",
             "Wmo transport is transport for people who can no longer travel on their own, for example because of dementia. "
             "You travel by taxi at a lower fare, in and around {gemeente}. "
             "A companion can often travel with you for free."),
            ("Met een Wmo-vervoerspas reist u met korting met de Regiotaxi in de gemeente {gemeente}. "
             "De pas vraagt u aan bij het Wmo-loket. "
             "Iemand die u helpt, kan met u meereizen.",
             "With a Wmo transport pass you travel at a discount with the Regiotaxi in the municipality of {gemeente}. "
             "You apply for the pass at the Wmo desk. "
             "Someone who helps you can travel with you."),
        ],
        fees=("U heeft een indicatie nodig van de gemeente (Wmo). Per rit betaalt u een klein bedrag, ongeveer € 1,20 per zone.",
              "You need a care assessment from the municipality (Wmo). You pay a small amount per ride, about € 1.20 per zone."),
        eligibility=("Voor inwoners van {gemeente} die niet zelf met het openbaar vervoer kunnen reizen.",
                     "For residents of {gemeente} who cannot travel by public transport on their own."),
        phone="Rit bestellen met uw Wmo-pas",
    ),
    "chauffeurs": dict(
        categories=["transport"], audiences=BOTH, cost="cost-contribution",
        name=("Vrijwillige chauffeurs {town}", "Volunteer drivers {town}"),
        texts=[
            ("Vrijwillige chauffeurs rijden u met hun eigen auto naar de dokter, de kapper of op visite. "
             "Dit heet ook wel een automaatje. "
             "De chauffeur uit {town} helpt u in en uit de auto en wacht als dat nodig is.",
             "Volunteer drivers take you in their own car to the doctor, the hairdresser or to visit someone. "
             "This is also called an 'automaatje'. "
             "The driver from {town} helps you in and out of the car and waits if needed."),
            ("Een vrijwilliger uit {town} brengt u met de auto waar u heen wilt, als u zelf niet meer kunt rijden. "
             "U betaalt een kleine vergoeding per kilometer aan de chauffeur. "
             "Handig voor een bezoek aan het ziekenhuis of een familiefeest.",
             "A volunteer from {town} drives you where you want to go, if you can no longer drive yourself. "
             "You pay the driver a small fee per kilometre. "
             "Useful for a hospital visit or a family party."),
            ("Automaatje {town}: buren die u rijden als u zelf geen vervoer heeft. "
             "Bel twee werkdagen van tevoren, dan zoekt de coördinator een chauffeur. "
             "De chauffeurs kennen de omgeving en hebben geduld.",
             "Automaatje {town}: neighbours who drive you when you have no transport of your own. "
             "Call two working days in advance and the coordinator will find a driver. "
             "The drivers know the area and are patient."),
        ],
        fees=("U betaalt € 0,35 per kilometer aan de chauffeur.", "You pay the driver € 0.35 per kilometre."),
        eligibility=("Voor inwoners van {gemeente} die niet zelf kunnen rijden of reizen. U heeft geen indicatie nodig.",
                     "For residents of {gemeente} who cannot drive or travel on their own. You do not need a care assessment."),
        phone="Rit aanvragen bij de coördinator",
    ),
    "buurtbus": dict(
        categories=["transport"], audiences=BOTH, cost="cost-contribution",
        name=("Buurtbus {stops_short}", "Neighbourhood bus {stops_short}"),
        texts=[
            ("De buurtbus is een kleine bus met vrijwillige chauffeurs die rijdt tussen {stops}. "
             "U stapt in bij de gewone bushaltes. "
             "U betaalt met uw OV-chipkaart of pinpas.",
             "The neighbourhood bus is a small bus with volunteer drivers that runs between {stops}. "
             "You get on at the normal bus stops. "
             "You pay with your public transport card or bank card."),
            ("Een busje voor acht reizigers dat de dorpen {stops} met elkaar verbindt. "
             "De chauffeurs zijn mensen uit de buurt. "
             "Vraag de chauffeur gerust om hulp bij het instappen.",
             "A minibus for eight passengers that connects the villages {stops_en}. "
             "The drivers are people from the area. "
             "Feel free to ask the driver for help getting on."),
        ],
        fees=("U betaalt € 2,50 per rit.", "You pay € 2.50 per ride."),
        eligibility=("Voor iedereen.", "For everyone."),
        phone="Informatie over de dienstregeling",
    ),
    "steunpunt": dict(
        categories=["carer-support"], audiences=[CARER], cost="cost-free",
        name=("Steunpunt Mantelzorg {gemeente}", "Carer support centre {gemeente}"),
        texts=[
            ("Het Steunpunt Mantelzorg helpt mensen die zorgen voor een partner, ouder of kind. "
             "U praat met een mantelzorgconsulent uit {gemeente} over wat u zwaar vindt. "
             "De consulent zoekt samen met u naar hulp, zodat u het kunt volhouden.",
             "The carer support centre helps people who care for a partner, parent or child. "
             "You talk with a carer consultant from {gemeente} about what you find hard. "
             "The consultant looks for help with you, so that you can keep going."),
            ("Informatie, advies en een luisterend oor voor mantelzorgers in {gemeente}. "
             "Het steunpunt organiseert ook cursussen, contact met lotgenoten en de Dag van de Mantelzorg. "
             "U kunt bellen of langskomen.",
             "Information, advice and a listening ear for carers in {gemeente}. "
             "The centre also organises courses, contact with others in the same situation and Carers' Day. "
             "You can call or drop by."),
        ],
        fees=FREE,
        eligibility=("Voor iedereen die zorgt voor een naaste in {gemeente}.",
                     "For everyone who cares for someone close in {gemeente}."),
        phone="Mantelzorgconsulent",
    ),
    "mzcafe": dict(
        categories=["carer-support"], audiences=[CARER], cost="cost-free",
        name=("Mantelzorgcafé {town}", "Carers' café {town}"),
        texts=[
            ("Het Mantelzorgcafé is een ochtend voor mantelzorgers om even bij te praten. "
             "U ontmoet mensen uit {town} en omgeving die hetzelfde meemaken. "
             "Soms is er een spreker, bijvoorbeeld over geldzaken of over rust nemen.",
             "The carers' café is a morning for carers to catch up. "
             "You meet people from {town} and the surrounding area who go through the same thing. "
             "Sometimes there is a speaker, for example about money matters or taking rest."),
            ("Een kopje koffie en een goed gesprek met andere mantelzorgers in {town}. "
             "Het café is gezellig en u hoeft niets. "
             "Wie wil, kan ook vragen stellen aan de mantelzorgconsulent.",
             "A cup of coffee and a good talk with other carers in {town}. "
             "The café is friendly and nothing is expected of you. "
             "If you like, you can also ask the carer consultant questions."),
        ],
        fees=FREE,
        eligibility=("Voor mantelzorgers. Aanmelden is niet nodig.", "For carers. No need to sign up."),
        phone="Informatie",
    ),
    "thuishulp": dict(
        categories=["carer-support"], audiences=[CARER, PERSON], cost="cost-free",
        name=("Vrijwillige thuishulp {gemeente}", "Volunteer home help {gemeente}"),
        texts=[
            ("Een vrijwilliger komt een dagdeel bij uw naaste met dementie thuis, zodat u even weg kunt. "
             "U kunt dan boodschappen doen, sporten of gewoon rusten. "
             "De vrijwilliger uit {gemeente} is getraind en komt zo veel mogelijk op een vaste dag.",
             "A volunteer comes to your loved one with dementia at home for half a day, so that you can go out. "
             "You can then do the shopping, exercise or simply rest. "
             "The volunteer from {gemeente} is trained and comes on a regular day as much as possible."),
            ("Even vrij als mantelzorger: een vrijwilliger neemt uw zorg een paar uur over. "
             "De vrijwilliger drinkt koffie met uw naaste, maakt een wandeling of doet een spelletje. "
             "Dit heet ook wel respijtzorg aan huis. De vrijwilligers wonen zelf ook in {gemeente}.",
             "Time off as a carer: a volunteer takes over your care for a few hours. "
             "The volunteer has coffee with your loved one, goes for a walk or plays a game. "
             "This is also called respite care at home. The volunteers live in {gemeente} themselves."),
        ],
        fees=FREE,
        eligibility=("Voor mantelzorgers in {gemeente}. U heeft geen indicatie nodig.",
                     "For carers in {gemeente}. You do not need a care assessment."),
        phone="Coördinator vrijwillige thuishulp",
    ),
    "logeer": dict(
        categories=["carer-support"], audiences=BOTH, cost="cost-indication",
        name=("Logeeropvang {venue} {town}", "Respite stay {venue} {town}"),
        texts=[
            ("Logeeropvang is een kort verblijf voor mensen met dementie, zodat de mantelzorger even op adem kan komen. "
             "Uw naaste logeert een weekend of een paar dagen in logeerhuis {venue} in {town}. "
             "Er is dag en nacht begeleiding.",
             "A respite stay is a short stay for people with dementia, so that the carer can catch their breath. "
             "Your loved one stays for a weekend or a few days at {venue} guest house in {town}. "
             "There is support day and night."),
            ("Een logeerhuis in {town} waar mensen met dementie een paar dagen kunnen blijven. "
             "Zo kan de mantelzorger rusten of op vakantie. "
             "De kamers zijn huiselijk en de medewerkers weten veel van dementie.",
             "A guest house in {town} where people with dementia can stay for a few days. "
             "This lets the carer rest or go on holiday. "
             "The rooms are homely and the staff know a lot about dementia."),
        ],
        fees=INDICATION_CAK,
        eligibility=("U heeft een indicatie nodig van de gemeente (Wmo) of het CIZ (Wlz). Plan een verblijf ruim van tevoren.",
                     "You need a care assessment from the municipality (Wmo) or the CIZ (Wlz). Plan a stay well in advance."),
        phone="Verblijf aanvragen",
    ),
    "course": dict(
        categories=["carer-support"], audiences=[CARER], cost="cost-free",
        name=("Cursus Omgaan met dementie {town}", "Course: living with dementia {town}"),
        texts=[
            ("Een cursus van vijf bijeenkomsten voor mantelzorgers van iemand met dementie. "
             "U leert wat dementie is, hoe u omgaat met ander gedrag en hoe u goed voor uzelf zorgt. "
             "U volgt de cursus in een kleine groep in {town}.",
             "A course of five sessions for carers of someone with dementia. "
             "You learn what dementia is, how to deal with changed behaviour and how to take good care of yourself. "
             "You follow the course in a small group in {town}."),
            ("In deze cursus in {town} leren mantelzorgers meer over dementie en over hulp in de buurt. "
             "Een verpleegkundige en een mantelzorgconsulent geven de lessen. "
             "U krijgt tips die u thuis meteen kunt gebruiken.",
             "In this course in {town}, carers learn more about dementia and about help nearby. "
             "A nurse and a carer consultant teach the sessions. "
             "You get tips that you can use at home straight away."),
        ],
        fees=FREE,
        eligibility=("Voor mantelzorgers. Aanmelden is nodig, want er zijn weinig plaatsen.",
                     "For carers. Please sign up, as places are limited."),
        phone="Aanmelden voor de cursus",
    ),
    "wijkverpleging": dict(
        categories=["care-at-home"], audiences=[PERSON], cost="cost-free",
        name=("Wijkverpleging {gemeente}", "District nursing {gemeente}"),
        texts=[
            ("De wijkverpleging geeft verpleging en verzorging bij u thuis. "
             "Denk aan hulp bij wassen en aankleden, medicijnen of wondzorg. "
             "Het team in {gemeente} kent dementie goed en werkt samen met uw huisarts.",
             "District nursing provides nursing and personal care in your home. "
             "Think of help with washing and dressing, medicines or wound care. "
             "The team in {gemeente} knows dementia well and works together with your GP."),
            ("Zorg thuis van een vast team van wijkverpleegkundigen en verzorgenden in {gemeente}. "
             "De wijkverpleegkundige komt eerst bij u thuis om te kijken welke zorg u nodig heeft. "
             "U kunt dag en nacht bellen.",
             "Care at home from a regular team of district nurses and carers in {gemeente}. "
             "The district nurse first visits you at home to see which care you need. "
             "You can call day and night."),
            ("Verpleging thuis door een klein wijkteam van {org}. "
             "U krijgt zo veel mogelijk dezelfde gezichten aan de deur. "
             "Dat geeft rust, juist bij dementie.",
             "Nursing at home by a small neighbourhood team of {org}. "
             "As much as possible, you see the same faces at your door. "
             "That gives peace of mind, especially with dementia."),
        ],
        fees=FREE_INSURED,
        eligibility=("De wijkverpleegkundige bepaalt samen met u welke zorg u nodig heeft. U heeft geen verwijzing nodig.",
                     "The district nurse decides with you which care you need. You do not need a referral."),
        phone="Wijkteam, dag en nacht bereikbaar",
    ),
    "huishouden": dict(
        categories=["care-at-home"], audiences=[PERSON], cost="cost-indication",
        name=("Hulp bij het huishouden {gemeente}", "Help with housekeeping {gemeente}"),
        texts=[
            ("Thuiszorg voor het huishouden, zoals stofzuigen, de was en het bed verschonen. "
             "Een vaste hulp uit {gemeente} komt elke week op hetzelfde tijdstip. "
             "Dat geeft rust en structuur, ook voor mensen met dementie.",
             "Home care for the housekeeping, such as vacuuming, the laundry and changing the bed. "
             "A regular helper from {gemeente} comes every week at the same time. "
             "That gives peace and structure, also for people with dementia."),
            ("Een vaste huishoudelijke hulp van {org} houdt uw huis schoon en op orde. "
             "De hulp let ook op of het goed met u gaat. "
             "Als er iets verandert, vertelt de hulp dat aan uw familie of de wijkverpleging.",
             "A regular home help from {org} keeps your home clean and tidy. "
             "The helper also keeps an eye on how you are doing. "
             "If something changes, the helper tells your family or the district nurse."),
        ],
        fees=INDICATION_CAK,
        eligibility=("U heeft een indicatie nodig van de gemeente (Wmo). Vraag die aan bij het Wmo-loket van {gemeente}.",
                     "You need a care assessment from the municipality (Wmo). Apply for it at the Wmo desk of {gemeente}."),
        phone="Planning thuiszorg",
    ),
    "thuisbegeleiding": dict(
        categories=["care-at-home"], audiences=BOTH, cost="cost-indication",
        name=("Begeleiding thuis bij dementie {gemeente}", "Support at home with dementia {gemeente}"),
        texts=[
            ("Een begeleider van {org} komt bij u thuis in {gemeente} en helpt u de dag op orde te houden. "
             "Samen maakt u een dagritme, zet u afspraken op de kalender en kijkt u naar de post. "
             "Zo kunt u langer thuis blijven wonen.",
             "A support worker from {org} comes to your home in {gemeente} and helps you keep your day in order. "
             "Together you make a daily routine, put appointments on the calendar and go through the post. "
             "This helps you live at home for longer."),
        ],
        fees=INDICATION_CAK,
        eligibility=("U heeft een indicatie nodig van de gemeente (Wmo).",
                     "You need a care assessment from the municipality (Wmo)."),
        phone="Begeleiding thuis",
    ),
    "maaltijd": dict(
        categories=["care-at-home"], audiences=[PERSON], cost="cost-contribution",
        name=("Maaltijdservice {gemeente}", "Meal service {gemeente}"),
        texts=[
            ("De maaltijdservice brengt elke dag een warme maaltijd bij u thuis in {gemeente}. "
             "U kiest zelf uit een menu met Hollandse pot en dieetmaaltijden. "
             "De bezorger maakt ook even een praatje.",
             "The meal service brings a hot meal to your home in {gemeente} every day. "
             "You choose from a menu with Dutch home cooking and special diet meals. "
             "The delivery person also has a little chat with you."),
            ("Verse maaltijden aan huis in {gemeente}, gekookt door een kok uit de regio. "
             "U kiest voor een warme maaltijd of voor maaltijden om zelf op te warmen. "
             "Vrijwilligers bezorgen op vaste tijden.",
             "Fresh meals delivered at home in {gemeente}, cooked by a chef from the region. "
             "You choose a hot meal or meals to heat up yourself. "
             "Volunteers deliver at fixed times."),
            ("Warm eten aan huis, ook op dagen dat koken niet meer lukt. "
             "De maaltijden van {org} worden in {gemeente} rond het middaguur gebracht. "
             "Bij dementie kan de bezorger even controleren of u de maaltijd heeft gezien.",
             "A hot meal at home, also on days when cooking no longer works out. "
             "The meals of {org} are delivered in {gemeente} around noon. "
             "With dementia, the delivery person can check that you have seen your meal."),
        ],
        fees=("U betaalt € 8,50 per maaltijd. Bezorgen is gratis.", "You pay € 8.50 per meal. Delivery is free."),
        eligibility=("Voor iedereen die thuis woont in {gemeente}. U heeft geen indicatie nodig.",
                     "For everyone living at home in {gemeente}. You do not need a care assessment."),
        phone="Maaltijden bestellen",
    ),
    "alarm": dict(
        categories=["care-at-home"], audiences=BOTH, cost="cost-contribution",
        name=("Personenalarmering {label}", "Personal alarm {label_en}"),
        texts=[
            ("Personenalarmering is een alarmknop die u om uw pols of hals draagt. "
             "Als u valt of hulp nodig heeft, drukt u op de knop. "
             "U heeft dan meteen contact met de alarmcentrale, dag en nacht. De centrale belt uw contactpersoon of stuurt hulp.",
             "A personal alarm is an alarm button that you wear on your wrist or around your neck. "
             "If you fall or need help, you press the button. "
             "You are then in touch with the alarm centre straight away, day and night. The centre calls your contact person or sends help."),
            ("Een alarm met GPS voor mensen met dementie die graag alleen naar buiten gaan. "
             "Uw familie kan zien waar u bent als u de weg kwijt bent. "
             "Met één druk op de knop belt u de alarmcentrale.",
             "An alarm with GPS for people with dementia who like to go out on their own. "
             "Your family can see where you are if you lose your way. "
             "With one press of the button you call the alarm centre."),
        ],
        fees=("U betaalt € 19,95 per maand. Aansluiten kost eenmalig € 35,00.",
              "You pay € 19.95 a month. Connecting costs a one-off € 35.00."),
        eligibility=("Voor iedereen die thuis woont in Drenthe.", "For everyone living at home in Drenthe."),
        phone="Alarmcentrale, dag en nacht",
    ),
    "loket": dict(
        categories=["advice"], audiences=BOTH, cost="cost-free",
        name=("Wmo-loket {gemeente}", "Wmo desk {gemeente}"),
        texts=[
            ("Het Wmo-loket is de plek in de gemeente {gemeente} voor vragen over zorg en hulp thuis. "
             "U kunt hier hulp aanvragen, zoals dagbesteding, vervoer of hulp in het huishouden. "
             "Daarna komt er vaak een medewerker bij u thuis voor een gesprek.",
             "The Wmo desk is the place in the municipality of {gemeente} for questions about care and help at home. "
             "Here you can apply for help, such as day care, transport or help with the housekeeping. "
             "After that, a staff member often visits you at home for a talk."),
            ("Bij het Wmo-loket van {gemeente} vraagt u hulp aan om langer thuis te wonen. "
             "Denk aan een scootmobiel, hulp in het huishouden of respijtzorg. "
             "U kunt bellen, mailen of langskomen.",
             "At the Wmo desk of {gemeente} you apply for help to live at home for longer. "
             "Think of a mobility scooter, help with the housekeeping or respite care. "
             "You can call, email or drop by."),
        ],
        fees=FREE,
        eligibility=("Voor inwoners van {gemeente}.", "For residents of {gemeente}."),
        phone="Wmo-loket",
    ),
    "team": dict(
        categories=["advice"], audiences=BOTH, cost="cost-free",
        name=("Sociaal team {gemeente}", "Social team {gemeente}"),
        texts=[
            ("Het sociaal team helpt inwoners met vragen over zorg, geld, wonen of eenzaamheid. "
             "U krijgt één vaste contactpersoon die met u meedenkt. "
             "Het team werkt dicht bij huis, met spreekuren in {places}.",
             "The social team helps residents with questions about care, money, housing or loneliness. "
             "You get one regular contact person who thinks along with you. "
             "The team works close to home, with walk-in hours in {places_en}."),
            ("Buurtwerkers, ouderenadviseurs en maatschappelijk werkers werken samen in het sociaal team van {gemeente}. "
             "Zij helpen u op weg als u niet weet waar u moet beginnen. "
             "Een huisbezoek is ook mogelijk.",
             "Community workers, advisers for older people and social workers work together in the social team of {gemeente}. "
             "They help you get started if you do not know where to begin. "
             "A home visit is also possible."),
        ],
        fees=FREE,
        eligibility=("Voor alle inwoners van {gemeente}. U heeft geen afspraak nodig op het inloopspreekuur.",
                     "For all residents of {gemeente}. You do not need an appointment for the walk-in hours."),
        phone="Sociaal team",
    ),
    "client": dict(
        categories=["advice"], audiences=BOTH, cost="cost-free",
        name=("Cliëntondersteuning {gemeente}", "Client support {gemeente}"),
        texts=[
            ("Een cliëntondersteuner helpt u gratis bij het regelen van zorg en hulp. "
             "De ondersteuner gaat mee naar gesprekken met de gemeente {gemeente} of het zorgkantoor. "
             "De ondersteuner staat naast u en is onafhankelijk.",
             "A client supporter helps you arrange care and help, free of charge. "
             "The supporter comes along to talks with the municipality of {gemeente} or the care office. "
             "The supporter is on your side and independent."),
            ("Onafhankelijke hulp in {gemeente} als u zorg wilt aanvragen en het ingewikkeld vindt. "
             "De cliëntondersteuner legt uit welke regels er zijn en helpt bij formulieren. "
             "Ook voor zorg uit de Wet langdurige zorg (Wlz).",
             "Independent help in {gemeente} if you want to apply for care and find it complicated. "
             "The client supporter explains the rules and helps with forms. "
             "Also for care under the Long-term Care Act (Wlz)."),
        ],
        fees=FREE,
        eligibility=("Voor iedereen in {gemeente}. U heeft geen verwijzing nodig.",
                     "For everyone in {gemeente}. You do not need a referral."),
        phone="Cliëntondersteuner",
    ),
    "schuldhulp": dict(
        categories=["advice"], audiences=BOTH, cost="cost-free",
        name=("Schuldhulp {gemeente}", "Debt help {gemeente}"),
        texts=[
            ("Schuldhulp is hulp als u geldzorgen of schulden heeft. "
             "Een medewerker van de gemeente {gemeente} bekijkt samen met u uw inkomsten en uitgaven en maakt een plan. "
             "Bij dementie kan het ook gaan om rekeningen die blijven liggen.",
             "Debt help is help when you have money worries or debts. "
             "A staff member of the municipality of {gemeente} looks at your income and spending with you and makes a plan. "
             "With dementia it can also be about bills that are left unpaid."),
            ("Gratis hulp bij geldzaken en schulden voor inwoners van {gemeente}. "
             "U kunt ook vragen naar bewindvoering of een budgetcoach. "
             "Hoe eerder u belt, hoe beter.",
             "Free help with money matters and debts for residents of {gemeente}. "
             "You can also ask about financial guardianship or a budget coach. "
             "The sooner you call, the better."),
        ],
        fees=FREE,
        eligibility=("Voor inwoners van {gemeente}.", "For residents of {gemeente}."),
        phone="Schuldhulp, afspraak maken",
    ),
    "raadslieden": dict(
        categories=["advice"], audiences=BOTH, cost="cost-free",
        name=("Sociaal raadslieden {town}", "Social legal advisers {town}"),
        texts=[
            ("De sociaal raadslieden geven gratis advies over regels en geldzaken, zoals toeslagen, uitkeringen en brieven. "
             "Ook met vragen over een levenstestament of mentorschap kunt u hier terecht. "
             "U maakt een afspraak of gaat naar het spreekuur in {town}.",
             "The social legal advisers give free advice about rules and money matters, such as benefits, allowances and letters. "
             "You can also come here with questions about a lasting power of attorney or a mentor. "
             "You make an appointment or go to the walk-in hours in {town}."),
            ("Formulierenhulp en advies over financiën in {town}. "
             "Vrijwilligers helpen u met de belastingaangifte, toeslagen of een aanvraag bij de gemeente. "
             "Neem de brieven mee die u heeft gekregen.",
             "Help with forms and advice about finances in {town}. "
             "Volunteers help you with your tax return, allowances or an application to the municipality. "
             "Bring the letters you have received."),
        ],
        fees=FREE,
        eligibility=("Voor iedereen. Voor een huisbezoek maakt u een afspraak.",
                     "For everyone. For a home visit, please make an appointment."),
        phone="Spreekuur en afspraken",
    ),
    "law": dict(
        categories=["advice"], audiences=BOTH, cost="cost-free",
        name=("Juridisch spreekuur {town}", "Legal advice hours {town}"),
        texts=[
            ("Een gratis juridisch spreekuur in {town}, met een jurist die tijd voor u heeft. "
             "U kunt vragen stellen over bijvoorbeeld een levenstestament, bewind, erfenis of een conflict. "
             "Het gesprek duurt ongeveer een half uur.",
             "Free legal advice hours in {town}, with a lawyer who has time for you. "
             "You can ask questions about, for example, a lasting power of attorney, guardianship, an inheritance or a dispute. "
             "The talk takes about half an hour."),
        ],
        fees=FREE,
        eligibility=("Voor iedereen. Maak een afspraak.", "For everyone. Please make an appointment."),
        phone="Afspraak juridisch spreekuur",
    ),
}

# --------------------------------------------------------------------------------------------
# Transportation texts (how to get to a location).
# --------------------------------------------------------------------------------------------

TRANSPORT_TEXTS = [
    ("Bus {line} stopt voor de deur. Er is gratis parkeren.",
     "Bus {line} stops at the door. There is free parking."),
    ("De bushalte {stop} is op {meters} meter lopen. U kunt gratis parkeren naast het gebouw.",
     "The {stop} bus stop is a {meters} metre walk. You can park for free next to the building."),
    ("Bus {line} stopt op {meters} meter. Er is een invalidenparkeerplaats bij de ingang.",
     "Bus {line} stops {meters} metres away. There is a disabled parking space at the entrance."),
    ("Er is gratis parkeren bij de deur. De ingang is gelijkvloers, zonder drempels.",
     "There is free parking at the door. The entrance is on ground level, without steps."),
    ("Met de Regiotaxi komt u tot aan de deur. Bus {line} stopt bij halte {stop}.",
     "The Regiotaxi brings you to the door. Bus {line} stops at the {stop} stop."),
]
STATION_TEXT = ("Station {town} is op {minutes} minuten lopen. Bus {line} stopt vlakbij.",
                "{town} station is a {minutes} minute walk. Bus {line} stops nearby.")
FARM_TEXT = [
    ("De boerderij ligt net buiten het dorp. U kunt parkeren op het erf. Wie niet zelf kan komen, wordt opgehaald.",
     "The farm is just outside the village. You can park in the farmyard. If you cannot come on your own, you will be picked up."),
    ("De zorgboerderij ligt aan een rustige weg buiten {town}. Er is een busje dat u thuis ophaalt.",
     "The care farm is on a quiet road outside {town}. A minibus picks you up at home."),
]
STOP_NAMES = ["Brink", "Centrum", "Kerk", "Zorgcentrum", "Gemeentehuis", "Bibliotheek", "Markt"]

# --------------------------------------------------------------------------------------------
# Helpers.
# --------------------------------------------------------------------------------------------


def slug(text):
    """ASCII, lowercase, words joined with '-': 'Zorgcoöperatie Esdorp' -> 'zorgcooperatie-esdorp'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def org_domain(name):
    return slug(re.sub(r"^Stichting ", "", name)) + ".voorbeeld.invalid"


def join_nl(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def join_en(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class Catalogue:
    """Collects the rows of every CSV file and hands out readable, stable ids."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.rows = {name: [] for name in COLUMNS}
        self.orgs = {}        # key -> org id
        self.locations = {}   # (org id, town, location name) -> location id
        self.phone_numbers = set()
        self.variant_counter = {}

    def next_id(self, table, prefix):
        return "%s-%04d" % (prefix, len(self.rows[table]) + 1)

    # --- organisations ---------------------------------------------------------------------

    def organisation(self, key, name, description, hub_town):
        if key in self.orgs:
            return self.orgs[key]
        org_id = self.next_id("organizations", "org")
        domain = org_domain(name)
        self.rows["organizations"].append(dict(
            id=org_id, name=name, description=description,
            website="https://%s/" % domain, email="info@%s" % domain))
        self.orgs[key] = org_id
        self.add_phone(hub_town, "Algemeen nummer", organization_id=org_id)
        return org_id

    def org_row(self, org_id):
        return next(r for r in self.rows["organizations"] if r["id"] == org_id)

    # --- phones ------------------------------------------------------------------------------

    def phone_number(self, town):
        area = TOWNS[town][4]
        while True:
            if len(area) == 3:   # 050: seven-digit subscriber part
                digits = "0" + "".join(str(self.rng.randint(0, 9)) for _ in range(6))
                number = "%s - %s %s" % (area, digits[:3], digits[3:])
            else:                # 05xx: six-digit subscriber part
                digits = "0" + "".join(str(self.rng.randint(0, 9)) for _ in range(5))
                number = "%s - %s %s" % (area, digits[:3], digits[3:])
            if number not in self.phone_numbers:
                self.phone_numbers.add(number)
                return number

    def add_phone(self, town, description, service_id="", organization_id="", location_id=""):
        self.rows["phones"].append(dict(
            id=self.next_id("phones", "tel"), service_id=service_id, organization_id=organization_id,
            location_id=location_id, number=self.phone_number(town), description=description))

    # --- locations ---------------------------------------------------------------------------

    def location(self, org_id, town, name, kind=""):
        key = (org_id, town, name)
        if key in self.locations:
            return self.locations[key]
        municipality, lat, lon, postcodes, _area, streets, lines, station = TOWNS[town]
        spread = 0.012 if town in CITIES else 0.004
        if kind == "farm":
            spread = 0.015
        lat = round(lat + self.rng.uniform(-spread, spread) * 0.7, 4)
        lon = round(lon + self.rng.uniform(-spread, spread), 4)
        loc_id = self.next_id("locations", "loc")
        nl, en = self.transportation(town, lines, station, kind)
        self.rows["locations"].append(dict(
            id=loc_id, organization_id=org_id, name=name, latitude="%.4f" % lat, longitude="%.4f" % lon,
            location_type="physical", transportation=nl, transportation_en=en))
        street = self.rng.choice(FARM_STREETS if kind == "farm" else streets)
        number = str(self.rng.randint(1, 140))
        if self.rng.random() < 0.12:
            number += self.rng.choice("abc")
        postcode = "%s %s" % (self.rng.choice(postcodes),
                              self.rng.choice("ABCDEGHJKLMNPRTVWX") + self.rng.choice("ABCDEGHJKLMNPRTVWX"))
        self.rows["addresses"].append(dict(
            id=self.next_id("addresses", "adr"), location_id=loc_id, address_1="%s %s" % (street, number),
            city=town, region=municipality, postal_code=postcode, country="NL"))
        self.locations[key] = loc_id
        if kind in ("farm", "venue"):
            self.add_phone(town, "Telefoon op de locatie", location_id=loc_id)
        return loc_id

    def transportation(self, town, lines, station, kind):
        fill = dict(town=town, line=self.rng.choice(lines), stop=self.rng.choice(STOP_NAMES),
                    meters=self.rng.choice([50, 100, 150, 200, 300]), minutes=self.rng.choice([5, 8, 10, 12]))
        if kind == "farm":
            nl, en = self.rng.choice(FARM_TEXT)
        elif station and self.rng.random() < 0.3:
            nl, en = STATION_TEXT
        else:
            nl, en = self.rng.choice(TRANSPORT_TEXTS)
        return nl.format(**fill), en.format(**fill)

    # --- services ----------------------------------------------------------------------------

    def service(self, kind_key, org_id, fill, places=(), areas=(), schedules=(), phone_town=None,
                email=True, area_note="", location_kind="", name=None):
        """Adds one service.

        places: [(town, location name)]; schedules: [(place index or None, byday, opens, closes, nl, en)]
        where index None means the schedule belongs to the service as a whole.
        """
        kind = KINDS[kind_key]
        org = self.org_row(org_id)
        fill = dict(fill, org=org["name"])
        if "venue" not in fill:
            fill["venue"] = ""
        svc_id = self.next_id("services", "svc")
        n = self.variant_counter.get(kind_key, 0)
        self.variant_counter[kind_key] = n + 1
        text_nl, text_en = kind["texts"][n % len(kind["texts"])]
        name_nl, name_en = (name or kind["name"])
        name_nl = re.sub(r"\s+", " ", name_nl.format(**fill)).strip()
        name_en = re.sub(r"\s+", " ", name_en.format(**fill)).strip()
        domain = org["website"].split("/")[2]
        self.rows["services"].append(dict(
            id=svc_id, organization_id=org_id, name=name_nl, name_en=name_en,
            description=text_nl.format(**fill), description_en=text_en.format(**fill),
            url="https://%s/%s" % (domain, slug(name_nl)),
            email=("%s@%s" % (slug(name_nl), domain)) if email else "",
            status="active",
            fees_description=kind["fees"][0].format(**fill), fees_description_en=kind["fees"][1].format(**fill),
            eligibility_description=kind["eligibility"][0].format(**fill),
            eligibility_description_en=kind["eligibility"][1].format(**fill),
            assured_date=self.assured_date()))
        sal_ids = []
        for town, loc_name in places:
            loc_id = self.location(org_id, town, loc_name, location_kind)
            sal_id = self.next_id("service_at_location", "sal")
            self.rows["service_at_location"].append(dict(id=sal_id, service_id=svc_id, location_id=loc_id))
            sal_ids.append(sal_id)
        for area in areas:
            self.rows["service_areas"].append(dict(
                id=self.next_id("service_areas", "area"), service_id=svc_id, name=area,
                description=area_note or ("Gemeente %s" % area)))
        for place, byday, opens, closes, note_nl, note_en in schedules:
            self.rows["schedules"].append(dict(
                id=self.next_id("schedules", "sch"),
                service_id=svc_id if place is None else "",
                service_at_location_id="" if place is None else sal_ids[place],
                byday=byday, opens_at=opens, closes_at=closes, description=note_nl, description_en=note_en))
        self.add_phone(phone_town or places[0][0], kind["phone"], service_id=svc_id)
        for code in kind["categories"] + kind["audiences"] + [kind["cost"]]:
            self.rows["attributes"].append(dict(
                id=self.next_id("attributes", "att"), link_id=svc_id, link_type="service",
                link_entity="service", taxonomy_term_id="term-" + code, value=""))
        return svc_id

    def assured_date(self):
        month = self.rng.randint(1, 11)
        return "2026-%02d-%02d" % (month, self.rng.randint(1, 28))

    # --- schedule shapes ---------------------------------------------------------------------

    def office_hours(self, place=None, note=("", "")):
        byday, opens, closes = self.rng.choice([
            (WORKDAYS, "09:00", "17:00"), (WORKDAYS, "08:30", "12:30"), (WORKDAYS, "08:30", "17:00"),
            ("MO,TU,TH", "09:00", "12:30")])
        return (place, byday, opens, closes, note[0], note[1])

    def monthly(self, place, opens, closes):
        day = self.rng.choice(["MO", "TU", "WE", "TH"])
        week = self.rng.randint(0, 4)
        return (place, day, opens, closes,
                "Elke %s %s van de maand" % (ORDINAL_NL[week], DAY_NL[day]),
                "Every %s %s of the month" % (ORDINAL_EN[week], DAY_EN[day]))

    def some_days(self, count):
        days = sorted(self.rng.sample(DAYS[:5], count), key=DAYS.index)
        return ",".join(days)


# Columns of every CSV file, in order.
COLUMNS = {
    "organizations": ["id", "name", "description", "website", "email"],
    "services": ["id", "organization_id", "name", "name_en", "description", "description_en", "url", "email",
                 "status", "fees_description", "fees_description_en", "eligibility_description",
                 "eligibility_description_en", "assured_date"],
    "locations": ["id", "organization_id", "name", "latitude", "longitude", "location_type",
                  "transportation", "transportation_en"],
    "addresses": ["id", "location_id", "address_1", "city", "region", "postal_code", "country"],
    "service_at_location": ["id", "service_id", "location_id"],
    "phones": ["id", "service_id", "organization_id", "location_id", "number", "description"],
    "schedules": ["id", "service_id", "service_at_location_id", "byday", "opens_at", "closes_at",
                  "description", "description_en"],
    "service_areas": ["id", "service_id", "name", "description"],
    "taxonomy_terms": ["id", "code", "name", "name_en", "description"],
    "attributes": ["id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"],
}

# --------------------------------------------------------------------------------------------
# Building the catalogue.
# --------------------------------------------------------------------------------------------


def fixed_org(cat, key):
    name, description, hub = ORGANISATIONS[key]
    return cat.organisation(key, name, description, hub)


def add_municipality(cat, gemeente, plan, venues):
    rng = cat.rng
    hub = plan["hub"]
    welfare_name, homecare_key = MUNICIPALITY_ORGS[gemeente]
    welfare = cat.organisation("welfare:" + gemeente, welfare_name,
                               "Welzijn, mantelzorgsteun en sociaal werk in de gemeente %s." % gemeente, hub)
    loket = cat.organisation("loket:" + gemeente, "Loket Zorg en Welzijn %s" % gemeente,
                             "Het loket van de gemeente %s voor zorg, welzijn en inkomen." % gemeente, hub)
    homecare = fixed_org(cat, homecare_key)
    base = dict(gemeente=gemeente, town=hub)

    def welfare_office(town):
        return "Buurtkantoor %s" % town

    def venue():
        return next(venues)

    # Advice.
    loket_places = [(plan["loket"][0], "Gemeentehuis %s" % plan["loket"][0])] + \
                   [(t, "Servicepunt %s" % t) for t in plan["loket"][1:]]
    loket_schedules = [(0, WORKDAYS, "09:00", "17:00", "Telefonisch bereikbaar op werkdagen",
                        "Reachable by phone on working days")]
    for i, town in enumerate(plan["loket"][1:], start=1):
        day = rng.choice(["TU", "TH"])
        loket_schedules.append((i, day, "09:00", "12:00", "Spreekuur op %sochtend" % DAY_NL[day],
                                "Walk-in hours on %s morning" % DAY_EN[day]))
    cat.service("loket", loket, base, places=loket_places, schedules=loket_schedules)

    team_places = [(t, "Sociaal team %s" % t) for t in plan["team"]]
    team_schedules = []
    for i, _town in enumerate(plan["team"]):
        team_schedules.append((i, rng.choice(["MO,WE", "TU,TH", "MO,TH", "WE"]), "08:30", "12:30",
                               "Inloopspreekuur, zonder afspraak", "Walk-in hours, no appointment needed"))
    team_fill = dict(base, places=join_nl(plan["team"]), places_en=join_en(plan["team"]))
    cat.service("team", welfare, team_fill, places=team_places, schedules=team_schedules, areas=[gemeente])

    client = fixed_org(cat, "client")
    cat.service("client", client, base, places=[(hub, "Spreekkamer Naast U %s" % hub)], areas=[gemeente],
                schedules=[cat.office_hours()] if rng.random() < 0.7 else [])
    cat.service("schuldhulp", loket, base, places=[(hub, "Gemeentehuis %s" % hub)],
                schedules=[(None, "WE", "13:00", "16:00", "Inloopspreekuur", "Walk-in hours"),
                           (None, "MO,TU,TH", "09:00", "12:00", "Op afspraak", "By appointment")])
    for town in plan["advice"]:
        day = rng.choice(["TU", "WE", "TH"])
        cat.service("raadslieden", welfare, dict(base, town=town), places=[(town, welfare_office(town))],
                    schedules=[(None, day, "09:00", "12:00", "Spreekuur", "Walk-in hours")])
    law = fixed_org(cat, "law")
    for town in plan["law"]:
        cat.service("law", law, dict(base, town=town), places=[(town, "Bibliotheek %s" % town)],
                    schedules=[cat.monthly(None, "18:30", "20:30")])

    # Dementia support.
    cat.service("casemanager", homecare, base, places=[(hub, "Teamkantoor %s" % hub)], areas=[gemeente],
                schedules=[(None, WORKDAYS, "08:30", "17:00", "Op werkdagen bereikbaar", "Reachable on working days")])
    cat.service("consulent", welfare, base, places=[(hub, welfare_office(hub))],
                schedules=[cat.office_hours(note=("Bel voor een afspraak", "Call for an appointment"))])

    # Meeting places.
    cafe = fixed_org(cat, "cafe")
    for entry in plan["cafes"]:
        town, label = entry if isinstance(entry, tuple) else (entry, entry)
        place = venue()
        fill = dict(base, town=label, venue=place)
        opens = rng.choice(["19:00", "19:00", "19:30"])
        cat.service("alzheimer-cafe", cafe, fill, places=[(town, place)], phone_town=town,
                    schedules=[cat.monthly(None, opens, "21:30")])
    for name, town in plan["ontmoeting"]:
        cat.service("ontmoetingscentrum", homecare, dict(base, town=town, venue=name),
                    places=[(town, "Ontmoetingscentrum %s" % name)], location_kind="venue",
                    schedules=[(None, cat.some_days(rng.choice([3, 4, 5])), "10:00", "16:00", "", "")])
    odense = fixed_org(cat, "odense")
    for town in plan["odense"]:
        cat.service("odensehuis", odense, dict(base, town=town), places=[(town, "Odensehuis %s" % town)],
                    location_kind="venue",
                    schedules=[(None, "TU,TH", "10:00", "16:00", "Inloop, zonder afspraak", "Drop-in, no appointment"),
                               (None, "WE", "13:30", "16:30", "Inloop, zonder afspraak", "Drop-in, no appointment")])
    for town in plan["walk"]:
        day = rng.choice(["MO", "WE", "FR"])
        cat.service("walk", welfare, dict(base, town=town), places=[(town, venue())],
                    schedules=[(None, day, "10:00", "11:30", "Elke %s, bij droog weer" % DAY_NL[day],
                                "Every %s, in dry weather" % DAY_EN[day])])
    for town in plan["young"]:
        cat.service("young", welfare, dict(base, town=town), places=[(town, welfare_office(town))],
                    schedules=[cat.monthly(None, "19:30", "21:30")])

    # Day care.
    for farm, town in plan["farms"]:
        farm_org = cat.organisation("farm:" + farm, "Zorgboerderij %s" % farm,
                                    "Kleinschalige zorgboerderij bij %s met dagbesteding." % town, town)
        cat.service("farm", farm_org, dict(base, town=town, farm=farm),
                    places=[(town, "Zorgboerderij %s" % farm)], location_kind="farm",
                    schedules=[(None, cat.some_days(rng.choice([2, 3, 4])), "09:30", "16:00", "", "")])
    for name, town in plan["daycare"]:
        cat.service("daycare", homecare, dict(base, town=town, venue=name),
                    places=[(town, "Dagbesteding %s" % name)], location_kind="venue",
                    schedules=[(None, cat.some_days(rng.choice([2, 3])), "09:30", "16:00", "", "")])

    # Transport.
    taxi = fixed_org(cat, "taxi")
    cat.service("wmo-vervoer", taxi, base, areas=[gemeente], phone_town=hub, email=False,
                schedules=[(None, ALL_DAYS, "06:00", "23:59", "Rit minstens een uur van tevoren bestellen",
                            "Book a ride at least one hour in advance")])
    for town in plan["chauffeurs"]:
        cat.service("chauffeurs", welfare, dict(base, town=town), places=[(town, welfare_office(town))],
                    schedules=[(None, WORKDAYS, "09:00", "12:00", "Bellen voor een rit, twee werkdagen van tevoren",
                                "Call to book a ride, two working days in advance")])
    for stops in plan["buurtbus"]:
        first = stops[0]
        bus_org = cat.organisation("bus:" + first, BUS_ASSOCIATIONS[first],
                                   "Vrijwilligers die de buurtbus rijden vanuit %s." % first, first)
        fill = dict(base, town=first, stops=join_nl(stops), stops_en=join_en(stops),
                    stops_short=" - ".join(stops))
        schedules = [(None, WORKDAYS, "07:30", "18:30", "Ongeveer elk uur", "About every hour")]
        if rng.random() < 0.6:
            schedules.append((None, "SA", "09:00", "17:00", "Op zaterdag om de twee uur", "Every two hours on Saturday"))
        cat.service("buurtbus", bus_org, fill, places=[(first, "Buurtbushalte Brink %s" % first)],
                    schedules=schedules)

    # Help for carers.
    cat.service("steunpunt", welfare, base, places=[(hub, welfare_office(hub))], areas=[gemeente],
                schedules=[cat.office_hours()])
    for town in plan["mzcafe"]:
        cat.service("mzcafe", welfare, dict(base, town=town), places=[(town, venue())],
                    schedules=[cat.monthly(None, "10:00", "12:00")])
    cat.service("thuishulp", welfare, base, places=[(hub, welfare_office(hub))], areas=[gemeente],
                schedules=[(None, "MO,TU,WE,TH", "09:00", "12:00", "Coördinator bereikbaar", "Coordinator available")])
    logeer = fixed_org(cat, "logeer")
    for name, town in plan["logeer"]:
        cat.service("logeer", logeer, dict(base, town=town, venue=name),
                    places=[(town, "Logeerhuis %s %s" % (name, town))], location_kind="venue")   # open day and night: no schedule
    for town in plan["course"]:
        day = rng.choice(["TU", "WE", "TH"])
        schedules = [] if rng.random() < 0.4 else [
            (None, day, "13:30", "16:00", "Vijf %smiddagen, in het voorjaar en in het najaar" % DAY_NL[day],
             "Five %s afternoons, in spring and in autumn" % DAY_EN[day])]
        cat.service("course", welfare, dict(base, town=town), places=[(town, venue())], schedules=schedules)

    # Care at home.
    cat.service("wijkverpleging", homecare, base, places=[(hub, "Teamkantoor %s" % hub)], areas=[gemeente],
                schedules=[(None, ALL_DAYS, "00:00", "23:59", "Dag en nacht bereikbaar", "Available day and night")])
    cat.service("huishouden", homecare, base, places=[(hub, "Teamkantoor %s" % hub)], areas=[gemeente],
                schedules=[(None, WORKDAYS, "08:00", "17:00", "Kantoor thuiszorg", "Home care office")])
    meals = fixed_org(cat, "meals")
    cat.service("maaltijd", meals, base, areas=[gemeente], phone_town=hub,
                schedules=[(None, rng.choice([WORKDAYS, ALL_DAYS]), "11:00", "13:00", "Bezorging rond het middaguur",
                            "Delivery around noon")])
    if plan["esdorp"]:
        esdorp = fixed_org(cat, "esdorp")
        town = plan["team"][-1]
        cat.service("wijkverpleging", esdorp, dict(base, town=town), places=[(town, "Wijkteam Esdorp %s" % town)],
                    name=("Wijkverpleging Esdorp {gemeente}", "District nursing Esdorp {gemeente}"),
                    areas=[gemeente],
                    schedules=[(None, ALL_DAYS, "07:00", "22:30", "Wijkteam bereikbaar", "Neighbourhood team available")])
        cat.service("thuisbegeleiding", esdorp, base, places=[(town, "Wijkteam Esdorp %s" % town)],
                    areas=[gemeente], schedules=[(None, WORKDAYS, "08:30", "17:00", "", "")])


def add_drenthe_wide(cat):
    everywhere = MUNICIPALITIES
    note = "Heel Drenthe"
    cat.service("regiotaxi", fixed_org(cat, "taxi"), dict(gemeente="Drenthe", town="Assen"),
                areas=everywhere, area_note=note, phone_town="Assen", email=False,
                schedules=[(None, ALL_DAYS, "06:00", "23:59", "Elke dag, ook in het weekend",
                            "Every day, including weekends")])
    alarm = fixed_org(cat, "alarm")
    for label, label_en in [("Drenthe", "Drenthe"), ("met GPS", "with GPS")]:
        cat.service("alarm", alarm, dict(gemeente="Drenthe", town="Hoogeveen", label=label, label_en=label_en),
                    areas=everywhere, area_note=note, phone_town="Hoogeveen",
                    schedules=[(None, ALL_DAYS, "00:00", "23:59", "Dag en nacht", "Day and night")])
    cat.service("dementielijn", fixed_org(cat, "lijn"), dict(gemeente="Drenthe", town="Beilen"),
                areas=everywhere, area_note=note, phone_town="Beilen",
                schedules=[(None, ALL_DAYS, "09:00", "21:00", "Elke dag", "Every day")])
    hospital = fixed_org(cat, "hospital")
    for town, served in HOSPITALS:
        cat.service("geheugenpoli", hospital, dict(gemeente=TOWNS[town][0], town=town),
                    places=[(town, "Ziekenhuis Drentse Hoven %s" % town)], areas=served,
                    area_note="Werkgebied van het ziekenhuis",
                    schedules=[(None, WORKDAYS, "08:30", "17:00", "Alleen op afspraak", "By appointment only")])


def build(seed=SEED):
    cat = Catalogue(seed)
    for code, name, name_en, description in TAXONOMY:
        cat.rows["taxonomy_terms"].append(dict(id="term-" + code, code=code, name=name, name_en=name_en,
                                               description=description))

    def venue_cycle():
        while True:
            for v in VENUES:
                yield v
    venues = venue_cycle()

    add_drenthe_wide(cat)
    for gemeente in MUNICIPALITIES:
        add_municipality(cat, gemeente, PLANS[gemeente], venues)
    return cat


def write(cat, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for table, columns in COLUMNS.items():
        with open(os.path.join(out_dir, table + ".csv"), "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(cat.rows[table])
    package = {
        "name": "wegwijzer-demo",
        "title": "Wegwijzer voorbeeldcatalogus (demo)",
        "version": "1",
        "created": CREATED,
        "wegwijzer": {"demo": True, "expires": EXPIRES},
        "resources": [{"name": table, "path": table + ".csv"} for table in COLUMNS],
    }
    with open(os.path.join(out_dir, "datapackage.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(package, indent=2, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser(description="Write the Wegwijzer demo catalogue (HSDS CSV).")
    parser.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = parser.parse_args()
    cat = build()
    write(cat, args.out)
    print("wrote %d services, %d organisations, %d locations to %s" % (
        len(cat.rows["services"]), len(cat.rows["organizations"]), len(cat.rows["locations"]), args.out))


if __name__ == "__main__":
    main()
