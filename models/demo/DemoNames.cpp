// SPDX-License-Identifier: GPL-3.0-or-later
// Names of people and companies, job titles and the vocabulary deal texts draw on. All companies are
// fictional; integrations are the systems a buyer would really run.

#include "demo/DemoPhrases.h"

namespace dp::demo {

void loadNames(DemoPhrases &p) {
    p.firstNames = {
        "Dana",    "Marcus",  "Priya",  "Elena",   "James",   "Aisha",    "Tom",    "Sofia",   "Daniel",
        "Mei",     "Jordan",  "Olivia", "Rafael",  "Hannah",  "Kenji",    "Grace",  "Samuel",  "Amara",
        "Lucas",   "Nina",    "Chris",  "Fatima",  "Ethan",   "Chloe",    "Omar",   "Isabel",  "Ryan",
        "Leah",    "Victor",  "Maya",   "Patrick", "Zoe",     "Andre",    "Claire", "Hugo",    "Naomi",
        "Ben",     "Julia",   "Ahmed",  "Laura",   "Derek",   "Sara",     "Kwame",  "Emily",   "Mateo",
        "Rachel",  "Arjun",   "Megan",  "Felix",   "Ingrid",  "Tyler",    "Yuki",   "Carlos",  "Alice",
        "Nathan",  "Ruth",    "Diego",  "Lena",    "Kevin",   "Monica",   "Simon",  "Beatriz", "Adam",
        "Tessa",   "Ibrahim", "Kate",   "Noah",    "Ana",     "Paul",     "Helen",  "Stefan",  "Joanna",
        "Luis",    "Erin",    "Malik",  "Vanessa", "Oscar",   "Lydia",    "Henrik", "Camila",  "Greg",
        "Anika",   "Jamal",   "Sophie", "Tariq",   "Natalie", "Martin",   "Eva",    "Dev",     "Alison",
        "Brandon", "Ines",    "Karl",   "Linda",   "Raj",     "Caroline", "Mike",   "Jessica", "Theo",
        "Nadia",   "José",    "Zoë",    "Søren",   "Chloé",   "Björn",    "Renée"};
    p.lastNames = {
        "Whitfield", "Okafor",    "Raman",     "Novak",     "Carter",   "Haddad",   "Brennan",   "Lindqvist",
        "Moreau",    "Tanaka",    "Alvarez",   "Fischer",   "Nguyen",   "O'Connor", "Patel",     "Schmidt",
        "Kowalski",  "Mensah",    "Rossi",     "Chen",      "Dubois",   "Hughes",   "Ibrahim",   "Jensen",
        "Khan",      "Larsen",    "Murphy",    "Nakamura",  "Oliveira", "Petrov",   "Quinn",     "Reyes",
        "Sato",      "Thompson",  "Usman",     "Vasquez",   "Walsh",    "Yilmaz",   "Zhang",     "Abbott",
        "Becker",    "Castillo",  "Donovan",   "Eriksen",   "Foster",   "Garcia",   "Hoffman",   "Iyer",
        "Jovanovic", "Keller",    "Lambert",   "Mahoney",   "Nielsen",  "Ortiz",    "Park",      "Ramirez",
        "Sullivan",  "Torres",    "Ueda",      "Vogel",     "Weber",    "Xu",       "Young",     "Zimmerman",
        "Adeyemi",   "Bauer",     "Coleman",   "Desai",     "Ellis",    "Fontaine", "Gallagher", "Hartmann",
        "Ivanova",   "Jacobs",    "Kim",       "Lopez",     "Mitchell", "Nowak",    "Osei",      "Popescu",
        "Ricci",     "Silva",     "Takahashi", "Underwood", "Varga",    "Wright",   "Yamamoto",  "Zielinski",
        "Bishop",    "Chowdhury", "Dalton",    "Engel",     "Ferreira", "Grant",    "Holm",      "Iqbal",
        "Kaur",      "Lund",      "Morales",   "Nash",      "Pereira",  "Rahman",   "Stone",     "Tran",
        "Vance",     "Ward",      "Åberg",     "Müller",    "Núñez"};

    p.companyHeads = {"North",    "Blue",   "Silver",   "Iron",   "Red",      "Clear",   "Stone",   "Oak",
                      "Pine",     "Summit", "Harbor",   "River",  "Cedar",    "Falcon",  "Granite", "Maple",
                      "Lumen",    "Nova",   "Astra",    "Vector", "Apex",     "Crest",   "Delta",   "Echo",
                      "Quant",    "Terra",  "Aero",     "Helio",  "Orbit",    "Pixel",   "Velo",    "Opti",
                      "Cobalt",   "Amber",  "Coral",    "Willow", "Sterling", "Hudson",  "Beacon",  "Atlas",
                      "Birch",    "Copper", "Ever",     "Frost",  "Golden",   "High",    "Indigo",  "Juniper",
                      "Keystone", "Lake",   "Meridian", "Noble",  "Onyx",     "Prairie", "Quartz",  "Raven",
                      "Sage",     "Tidal",  "Union",    "Vista",  "West",     "Zephyr",  "Arbor",   "Bolt",
                      "Cirrus",   "Drift",  "Ember",    "Fathom", "Glacier",  "Horizon"};
    p.companyTails = {"wind",  "field", "gate",  "point", "stone", "bridge", "line",   "path",
                      "works", "ware",  "core",  "scale", "stack", "forge",  "mark",   "wave",
                      "view",  "ridge", "brook", "haven", "port",  "way",    "sphere", "logic",
                      "grid",  "leaf",  "peak",  "shore", "crest", "light"};
    p.industries = {"Logistics", "Health",    "Financial", "Analytics", "Manufacturing", "Foods",
                    "Energy",    "Robotics",  "Software",  "Systems",   "Retail",        "Insurance",
                    "Biotech",   "Media",     "Partners",  "Group",     "Capital",       "Networks",
                    "Labs",      "Motors",    "Pharma",    "Learning",  "Hospitality",   "Security",
                    "Realty",    "Telecom",   "Aerospace", "Supply",    "Brands",        "Solutions",
                    "Payments",  "Materials", "Mobility",  "Travel",    "Marine",        "Outdoors",
                    "Devices",   "Clinics",   "Freight",   "Studios"};

    p.teamSegments = {"Enterprise", "Mid-Market", "Commercial", "Strategic", "Growth"};
    p.teamRegions = {"West",    "East",      "Central",   "North",        "South",
                     "EMEA",    "Pacific",   "Atlantic",  "Mountain",     "Great Lakes",
                     "Gulf",    "Northeast", "Southwest", "UK & Ireland", "DACH",
                     "Nordics", "Benelux",   "France",    "Iberia",       "Canada"};

    p.products = {"Brightlane Forecasting",     "Deal Insights",        "Pipeline Analytics",
                  "Brightlane Deal Insights",   "the Revenue Platform", "Conversation Intelligence",
                  "Forecasting + Deal Insights"};
    p.integrations = {"Salesforce", "HubSpot", "Snowflake", "Okta SSO", "Microsoft Teams", "Slack",
                      "Outlook",    "Gmail",   "Zoom",      "NetSuite", "Workday",         "BigQuery"};
    p.competitors = {"Forecastly", "PipeSense", "Dealgrid",   "Revlytics",
                     "Funnelwise", "Closeplan", "Signalroom", "Veloxity"};
    p.pains = {"forecast calls that run on gut feel",
               "deals slipping without warning",
               "managers spending hours chasing status updates",
               "no visibility into buyer engagement",
               "a stale pipeline nobody cleans up",
               "reps over-calling commit",
               "surprises at quarter end"};
    p.goals = {"a forecast managers can defend", "early warning on deals going dark",
               "one view of pipeline health across teams", "shorter, more useful forecast calls",
               "a cleaner pipeline without extra data entry"};
    p.timesOfDay = {"9am ET",    "10:30am ET", "11am PT", "1pm CT",   "2pm ET",
                    "3:30pm ET", "noon PT",    "4pm GMT", "10am CET", "9:30am PT"};

    p.championTitles = {"VP Sales Operations",
                        "Head of Revenue Operations",
                        "RevOps Manager",
                        "Director of Sales Operations",
                        "Sales Operations Manager",
                        "Director of Sales Enablement",
                        "Senior Sales Operations Analyst"};
    p.leaderTitles = {"VP of Sales",           "Director of Sales", "Regional Sales Director",
                      "Chief Revenue Officer", "Head of Sales",     "SVP Sales"};
    p.financeTitles = {"CFO", "VP Finance", "Finance Director", "COO", "Controller"};
    p.technicalTitles = {"IT Director",
                         "CIO",
                         "Head of IT Security",
                         "Security Engineer",
                         "Salesforce Administrator",
                         "Systems Architect",
                         "Data Engineering Lead"};
    p.legalTitles = {"Senior Counsel", "Legal Counsel", "Contracts Manager"};
    p.procurementTitles = {"Procurement Manager", "Strategic Sourcing Lead", "Purchasing Manager"};
    p.repTitles = {"Account Executive", "Senior Account Executive", "Enterprise Account Executive"};
    p.managerTitles = {"Regional Sales Director", "Sales Manager", "Head of Sales"};
    p.engineerTitles = {"Solutions Engineer", "Senior Solutions Engineer"};
}

} // namespace dp::demo
