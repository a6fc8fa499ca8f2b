//! The sites' UI strings in nl, fr and en, and the SDG names and colours.

use std::collections::BTreeMap;

use crate::model::Language;

macro_rules! strings {
    ($($key:literal => $nl:literal, $fr:literal, $en:literal;)*) => {
        const TABLE: &[(&str, &str, &str, &str)] = &[$(($key, $nl, $fr, $en)),*];
    };
}

strings! {
    "skip" => "Naar de inhoud", "Aller au contenu", "Skip to content";
    "menu" => "Hoofdmenu", "Menu principal", "Main menu";
    "home" => "Start", "Accueil", "Home";
    "actions" => "Actieplan", "Plan d'action", "Action plan";
    "action" => "Actie", "Action", "Action";
    "inventory" => "Lokale foto", "Photo locale", "Local picture";
    "sdgs" => "SDG's", "ODD", "SDGs";
    "sdg" => "SDG", "ODD", "SDG";
    "topics" => "MVO-thema's", "Thèmes RSE", "CSR themes";
    "topic" => "Thema", "Thème", "Theme";
    "claims_public" => "Wat we zeggen en wat we doen", "Ce que nous disons et ce que nous faisons", "What we say and what we do";
    "claims_intranet" => "Communicatieplan", "Plan de communication", "Communication plan";
    "evaluation" => "Evaluatie", "Évaluation", "Evaluation";
    "team" => "Kopgroep", "Groupe de pilotage", "Core team";
    "sessions" => "Sessies", "Sessions", "Sessions";
    "calendar" => "Opvolgkalender", "Calendrier de suivi", "Follow-up calendar";
    "checks" => "Controlerapport", "Rapport de contrôle", "Check report";
    "status" => "Status", "Statut", "Status";
    "department" => "Dienst", "Service", "Department";
    "owners" => "Trekkers", "Responsables", "Owners";
    "start" => "Start", "Début", "Start";
    "due" => "Einddatum", "Échéance", "Due";
    "completed" => "Afgerond op", "Terminé le", "Completed on";
    "progress" => "Voortgang", "Progrès", "Progress";
    "date" => "Datum", "Date", "Date";
    "value" => "Waarde", "Valeur", "Value";
    "note" => "Toelichting", "Remarque", "Note";
    "indicator" => "Indicator", "Indicateur", "Indicator";
    "baseline" => "Beginwaarde", "Valeur de départ", "Baseline";
    "target" => "Doel", "Objectif", "Target";
    "latest" => "Laatste meting", "Dernière mesure", "Latest measurement";
    "follow_up" => "Terugkommomenten", "Moments de suivi", "Follow-ups";
    "next_follow_up" => "Volgend opvolgmoment", "Prochain suivi", "Next follow-up";
    "internal_note" => "Interne notitie", "Note interne", "Internal note";
    "builds_on" => "Bouwt voort op", "S'appuie sur", "Builds on";
    "filter" => "Filteren", "Filtrer", "Filter";
    "all" => "Alle", "Tous", "All";
    "none" => "Geen", "Aucun", "None";
    "count" => "Aantal", "Nombre", "Count";
    "title" => "Titel", "Titre", "Title";
    "kind" => "Soort", "Type", "Kind";
    "source" => "Bron", "Source", "Source";
    "matrix" => "Dekking: SDG's per thema", "Couverture : ODD par thème", "Coverage: SDGs by theme";
    "matrix_note" => "Aantal acties en bestaande initiatieven per SDG en thema.", "Nombre d'actions et d'initiatives par ODD et thème.", "Number of actions and existing initiatives per SDG and theme.";
    "key_figures" => "Kerncijfers", "Chiffres clés", "Key figures";
    "sdgs_worked_on" => "SDG's waaraan we werken", "ODD sur lesquels nous travaillons", "SDGs we work on";
    "channel" => "Kanaal", "Canal", "Channel";
    "evidence" => "Onderbouwing", "Justification", "Evidence";
    "no_evidence" => "Nog geen publieke onderbouwing", "Pas encore de justification publique", "No public evidence yet";
    "claim_commitment" => "Engagement", "Engagement", "Commitment";
    "claim_result" => "Resultaat", "Résultat", "Result";
    "published" => "Gepubliceerd", "Publié", "Published";
    "withdrawn" => "Ingetrokken", "Retiré", "Withdrawn";
    "visibility" => "Zichtbaarheid", "Visibilité", "Visibility";
    "public" => "publiek", "public", "public";
    "internal" => "intern", "interne", "internal";
    "findings" => "Bevindingen", "Constats", "Findings";
    "by_rule" => "Per regel", "Par règle", "By rule";
    "by_item" => "Per item", "Par élément", "By item";
    "no_findings" => "Geen bevindingen.", "Aucun constat.", "No findings.";
    "exceptions" => "Aanvaarde uitzonderingen", "Exceptions acceptées", "Reviewed exceptions";
    "reason" => "Reden", "Raison", "Reason";
    "review" => "Nalezen voor publicatie", "À relire avant publication", "Review before publishing";
    "review_note" => "Wat geen regel kan beslissen. Lees elke boodschap met deze vragen na voor ze naar buiten gaat.", "Ce qu'aucune règle ne peut trancher. Relisez chaque message avec ces questions avant qu'il ne sorte.", "What no rule can decide. Read every message against these questions before it goes out.";
    "review_tradeoffs" => "Verborgen afwegingen: zwijgt de boodschap over wat erop achteruitgaat of wat het elders kost (meer uitstoot bij een leverancier, minder dienstverlening, een hogere prijs)?", "Compromis cachés : le message tait-il ce qui se dégrade ou ce que cela coûte ailleurs (plus d'émissions chez un fournisseur, moins de service, un prix plus élevé) ?", "Hidden trade-offs: does the message keep quiet about what gets worse or what it costs elsewhere (more emissions at a supplier, less service, a higher price)?";
    "review_verification" => "Onafhankelijke controle: wie heeft de cijfers gemeten en wie heeft ze nagekeken? Zegt een label of keurmerk wie het toekent en op basis waarvan?", "Vérification indépendante : qui a mesuré les chiffres et qui les a contrôlés ? Un label dit-il qui l'attribue et sur quelle base ?", "Independent verification: who measured the figures, and who checked them? Does a label say who awards it, and on what basis?";
    "review_legal" => "Wettelijke plichten als verdienste: stelt de tekst iets voor als eigen keuze wat de wet, een norm of een subsidievoorwaarde toch al oplegt (energieprestatie, toegankelijkheid, afval sorteren)?", "Obligations légales présentées comme mérites : le texte présente-t-il comme un choix ce que la loi, une norme ou une condition de subside impose déjà (performance énergétique, accessibilité, tri des déchets) ?", "Legal duties presented as merits: does the text present as its own choice what the law, a standard or a grant condition already requires (energy performance, accessibility, sorting waste)?";
    "review_images" => "Beelden en kleuren: beloven foto's, groene kleuren, bladeren of wereldbollen meer dan de tekst en het actieplan waarmaken?", "Images et couleurs : les photos, les couleurs vertes, les feuilles ou les globes promettent-ils plus que ce que le texte et le plan d'action tiennent ?", "Images and colours: do photos, green colours, leaves or globes promise more than the text and the action plan deliver?";
    "rule" => "Regel", "Règle", "Rule";
    "severity" => "Ernst", "Gravité", "Severity";
    "error" => "fout", "erreur", "error";
    "warning" => "waarschuwing", "avertissement", "warning";
    "location" => "Plaats", "Emplacement", "Location";
    "open_findings" => "Open bevindingen", "Constats ouverts", "Open findings";
    "upcoming" => "Komende opvolgmomenten", "Prochains suivis", "Upcoming follow-ups";
    "phases" => "Fasen", "Phases", "Phases";
    "trajectory" => "Traject", "Trajet", "Trajectory";
    "quotes_label" => "Lid van de kopgroep", "Membre du groupe de pilotage", "Member of the core team";
    "not_found" => "Pagina niet gevonden", "Page introuvable", "Page not found";
    "not_found_text" => "Deze pagina bestaat niet (meer).", "Cette page n'existe pas (ou plus).", "This page does not exist (any more).";
    "back_home" => "Terug naar de startpagina", "Retour à l'accueil", "Back to the home page";
    "pages" => "Pagina's", "Pages", "Pages";
    "contact" => "Contact", "Contact", "Contact";
    "actions_total" => "acties", "actions", "actions";
    "items" => "Items", "Éléments", "Items";
    "with" => "Met", "Avec", "With";
    "role" => "Rol", "Rôle", "Role";
    "name" => "Naam", "Nom", "Name";
    "lead" => "trekker", "pilote", "lead";
    "mandate" => "Mandaat", "Mandat", "Mandate";
    "hours" => "Uren", "Heures", "Hours";
    "done_of" => "afgerond van", "terminé sur", "done of";
    "chart_alt" => "Grafiek", "Graphique", "Chart";
    "status_planned" => "Gepland", "Prévu", "Planned";
    "status_in-progress" => "Lopend", "En cours", "In progress";
    "status_done" => "Afgerond", "Terminé", "Done";
    "status_dropped" => "Geschrapt", "Abandonné", "Dropped";
    "session_planned" => "gepland", "prévue", "planned";
    "session_done" => "gehouden", "tenue", "held";
    "with_deelgroep" => "deelgroep", "sous-groupe", "working group";
    "with_kopgroep" => "kopgroep", "groupe de pilotage", "core team";
    "with_college" => "college", "collège", "executive board";
    "with_other" => "andere", "autre", "other";
    "kind_goal" => "doelstelling", "objectif", "goal";
    "kind_action" => "actie", "action", "action";
    "source_multiyear-plan" => "Meerjarenplan", "Plan pluriannuel", "Multi-year plan";
    "source_policy-statement" => "Beleidsnota", "Note de politique générale", "Policy statement";
    "source_vision-note" => "Visienota", "Note de vision", "Vision note";
    "source_department-plan" => "Dienstplan", "Plan de service", "Department plan";
    "source_advisory-council" => "Adviesraad", "Conseil consultatif", "Advisory council";
    "source_website" => "Website", "Site web", "Website";
    "source_other" => "Andere bron", "Autre source", "Other source";
    "items_count" => "acties en initiatieven", "actions et initiatives", "actions and initiatives";
    "we_say" => "Wat we zeggen", "Ce que nous disons", "What we say";
    "we_do" => "Wat we doen", "Ce que nous faisons", "What we do";
    "legend" => "Legende", "Légende", "Legend";
    "blind_spot" => "blinde vlek", "angle mort", "blind spot";
    "blind_spot_note" => "Rijen met een gestreepte achtergrond zijn blinde vlekken: daar loopt nog niets.", "Les lignes hachurées sont des angles morts : rien n'y est encore en cours.", "Hatched rows are blind spots: nothing is happening there yet.";
    "level_none" => "niets", "rien", "nothing";
    "level_1" => "1", "1", "1";
    "level_2" => "2 tot 3", "2 à 3", "2 to 3";
    "level_3" => "4 of meer (sterk thema)", "4 ou plus (thème fort)", "4 or more (strong theme)";
    "total" => "Totaal", "Total", "Total";
    "scroll_hint" => "Veeg of scrol opzij om de hele tabel te zien.", "Faites défiler latéralement pour voir tout le tableau.", "Scroll sideways to see the whole table.";
    "you_are_here" => "huidige pagina", "page actuelle", "current page";
    "chart_data" => "De meetwaarden staan in de tabel hieronder.", "Les mesures figurent dans le tableau ci-dessous.", "The measurements are in the table below.";
    "in_public_site" => "Op de publieke site", "Sur le site public", "On the public site";
    "table" => "Tabel", "Tableau", "Table";
    "filter_on" => "Filter", "Filtre", "Filter";
    "of" => "van", "sur", "of";
    "show_all" => "Alle acties tonen", "Afficher toutes les actions", "Show all actions";
    "owner" => "Trekker", "Responsable", "Owner";
    "report_intranet" => "Eindrapport", "Rapport final", "Final report";
    "report_public" => "Voortgangsrapport", "Rapport d'avancement", "Progress report";
    "report_public_hint" => "het actieplan en de voortgang op één pagina, om af te drukken", "le plan d'action et son avancement sur une seule page, à imprimer", "the action plan and its progress on one page, for printing";
    "print_hint" => "Deze pagina is gemaakt om af te drukken of als pdf te bewaren (A4).", "Cette page est conçue pour être imprimée ou enregistrée en PDF (A4).", "This page is made to be printed or saved as a PDF (A4).";
    "as_of" => "stand op", "situation au", "as of";
    "contents" => "Inhoud", "Sommaire", "Contents";
    "team_mandate" => "Kopgroep en mandaat", "Groupe de pilotage et mandat", "Core team and mandate";
    "member_staff" => "ambtenaar", "agent", "staff";
    "member_elected" => "mandataris", "mandataire", "elected member";
    "not_core" => "buiten de kopgroep", "hors du groupe de pilotage", "outside the core team";
    "inventory_items" => "doelstellingen en acties in de lokale foto", "objectifs et actions dans la photo locale", "goals and actions in the local picture";
    "by_source" => "Per bron", "Par source", "By source";
    "coverage" => "Per SDG", "Par ODD", "By SDG";
    "figure_inventory" => "Initiatieven in de lokale foto", "Initiatives de la photo locale", "Initiatives in the local picture";
    "actions_col" => "Acties", "Actions", "Actions";
    "phase" => "Fase", "Phase", "Phase";
    "number" => "Nr.", "N°", "No.";
    "session" => "Sessie", "Session", "Session";
    "text_accessibility" => "Toegankelijkheid van de teksten", "Accessibilité des textes", "Accessibility of the texts";
    "text_accessibility_note" => "Afbeeldingen zonder alternatieve tekst, overgeslagen kopniveaus en linkteksten die niets zeggen, in de teksten van acties, pagina's, de lokale foto en sessies: per pagina.", "Images sans texte alternatif, niveaux de titre sautés et textes de lien vides de sens dans les textes des actions, des pages, de la photo locale et des sessions : par page.", "Images without alternative text, skipped heading levels and link texts that say nothing, in the texts of actions, pages, the local picture and sessions: by page.";
    "no_text_findings" => "Geen bevindingen: elke afbeelding heeft een alternatieve tekst, geen kopniveau wordt overgeslagen en elke linktekst zegt waar hij naartoe leidt.", "Aucun constat : chaque image a un texte alternatif, aucun niveau de titre n'est sauté et chaque texte de lien dit où il mène.", "No findings: every image has an alternative text, no heading level is skipped and every link text says where it leads.";
    "statement" => "Toegankelijkheidsverklaring", "Déclaration d'accessibilité", "Accessibility statement";
    "open_data" => "Open data", "Données ouvertes", "Open data";
    "feed" => "Nieuwsfeed (Atom)", "Flux d'actualités (Atom)", "News feed (Atom)";
    "search" => "Zoeken", "Rechercher", "Search";
    "calendars" => "Agenda's (iCalendar)", "Agendas (iCalendar)", "Calendars (iCalendar)";
    "st_intro" => "{org} wil {site} toegankelijk maken, in overeenstemming met Richtlijn (EU) 2016/2102 van het Europees Parlement en de Raad van 26 oktober 2016 inzake de toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties.", "{org} s'engage à rendre {site} accessible, conformément à la directive (UE) 2016/2102 du Parlement européen et du Conseil du 26 octobre 2016 relative à l'accessibilité des sites internet et des applications mobiles des organismes du secteur public.", "{org} is committed to making {site} accessible, in accordance with Directive (EU) 2016/2102 of the European Parliament and of the Council of 26 October 2016 on the accessibility of the websites and mobile applications of public sector bodies.";
    "st_scope" => "Deze toegankelijkheidsverklaring is van toepassing op {site}:", "La présente déclaration d'accessibilité s'applique à {site} :", "This accessibility statement applies to {site}:";
    "st_status_h" => "Nalevingsstatus", "État de conformité", "Compliance status";
    "st_full" => "Deze website is volledig conform de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, de norm die de Europese norm EN 301 549 voor websites overneemt.", "Ce site internet est entièrement conforme aux Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, que reprend la norme européenne EN 301 549 pour les sites internet.", "This website is fully compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, which the European standard EN 301 549 takes over for websites.";
    "st_partial" => "Deze website is gedeeltelijk conform de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, vanwege de niet-naleving en de uitzonderingen die hieronder staan.", "Ce site internet est partiellement conforme aux Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, en raison des non-conformités et des dérogations énumérées ci-dessous.", "This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, due to the non-compliances and the exemptions listed below.";
    "st_none" => "Deze website is niet conform de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA. De niet-naleving en de uitzonderingen staan hieronder.", "Ce site internet n'est pas conforme aux Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA. Les non-conformités et les dérogations sont énumérées ci-dessous.", "This website is not compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA. The non-compliances and the exemptions are listed below.";
    "st_unknown" => "De nalevingsstatus van deze website is nog niet beoordeeld.", "L'état de conformité de ce site internet n'a pas encore été évalué.", "The compliance status of this website has not been assessed yet.";
    "st_content_h" => "Niet-toegankelijke inhoud", "Contenu non accessible", "Non-accessible content";
    "st_content_intro" => "De volgende inhoud is niet of niet volledig toegankelijk:", "Le contenu suivant n'est pas accessible, ou pas entièrement :", "The following content is not accessible, or not fully:";
    "st_content_none" => "Er is geen niet-toegankelijke inhoud bekend.", "Aucun contenu non accessible n'est connu.", "No non-accessible content is known.";
    "st_prep_h" => "Opstelling van deze toegankelijkheidsverklaring", "Établissement de cette déclaration d'accessibilité", "Preparation of this accessibility statement";
    "st_assessed" => "Deze verklaring is opgesteld op {date}.", "Cette déclaration a été établie le {date}.", "This statement was prepared on {date}.";
    "st_not_assessed" => "De datum van de beoordeling is nog niet bekend.", "La date de l'évaluation n'est pas encore connue.", "The date of the assessment is not known yet.";
    "st_self" => "De beoordeling is een zelfbeoordeling door {org}.", "L'évaluation est une auto-évaluation réalisée par {org}.", "The assessment is a self-assessment by {org}.";
    "st_third" => "De beoordeling is uitgevoerd door een derde partij.", "L'évaluation a été réalisée par un tiers.", "The assessment was carried out by a third party.";
    "st_feedback_h" => "Feedback en contactgegevens", "Retour d'information et coordonnées", "Feedback and contact information";
    "st_feedback" => "Stuit u op een toegankelijkheidsprobleem op deze website, of hebt u inhoud in een andere vorm nodig? Laat het ons weten:", "Vous rencontrez un problème d'accessibilité sur ce site internet, ou vous avez besoin d'un contenu sous une autre forme ? Faites-le-nous savoir :", "Do you run into an accessibility problem on this website, or do you need content in another form? Let us know:";
    "st_enforce_h" => "Handhavingsprocedure", "Procédure de mise en œuvre", "Enforcement procedure";
    "st_enforce" => "Krijgt u geen of geen bevredigend antwoord op uw melding, dan kunt u een klacht indienen:", "Si vous ne recevez pas de réponse, ou pas de réponse satisfaisante, à votre signalement, vous pouvez introduire une plainte :", "If you receive no answer, or no satisfactory answer, to your report, you can file a complaint:";
    "st_enforce_default" => "bij de klachtendienst of de ombudsdienst van uw overheid.", "auprès du service des plaintes ou du service de médiation de votre autorité publique.", "with the complaints service or the ombudsman of your public authority.";
}

/// The UI strings of one language.
pub fn strings(lang: Language) -> BTreeMap<&'static str, &'static str> {
    TABLE
        .iter()
        .map(|&(k, nl, fr, en)| {
            (
                k,
                match lang {
                    Language::Nl => nl,
                    Language::Fr => fr,
                    Language::En => en,
                },
            )
        })
        .collect()
}

pub fn get(lang: Language, key: &str) -> &'static str {
    TABLE
        .iter()
        .find(|t| t.0 == key)
        .map(|&(_, nl, fr, en)| match lang {
            Language::Nl => nl,
            Language::Fr => fr,
            Language::En => en,
        })
        .unwrap_or("")
}

/// Official SDG colours.
pub const SDG_COLOURS: [&str; 17] = [
    "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E",
    "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A",
];

const SDG_NL: [&str; 17] = [
    "Geen armoede",
    "Geen honger",
    "Goede gezondheid en welzijn",
    "Kwaliteitsonderwijs",
    "Gendergelijkheid",
    "Schoon water en sanitair",
    "Betaalbare en duurzame energie",
    "Waardig werk en economische groei",
    "Industrie, innovatie en infrastructuur",
    "Ongelijkheid verminderen",
    "Duurzame steden en gemeenschappen",
    "Verantwoorde consumptie en productie",
    "Klimaatactie",
    "Leven in het water",
    "Leven op het land",
    "Vrede, justitie en sterke publieke diensten",
    "Partnerschap om doelstellingen te bereiken",
];
const SDG_FR: [&str; 17] = [
    "Pas de pauvreté",
    "Faim « zéro »",
    "Bonne santé et bien-être",
    "Éducation de qualité",
    "Égalité entre les sexes",
    "Eau propre et assainissement",
    "Énergie propre et d'un coût abordable",
    "Travail décent et croissance économique",
    "Industrie, innovation et infrastructure",
    "Inégalités réduites",
    "Villes et communautés durables",
    "Consommation et production responsables",
    "Mesures relatives à la lutte contre les changements climatiques",
    "Vie aquatique",
    "Vie terrestre",
    "Paix, justice et institutions efficaces",
    "Partenariats pour la réalisation des objectifs",
];
const SDG_EN: [&str; 17] = [
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
];

pub fn sdg_name(lang: Language, n: u8) -> &'static str {
    let i = usize::from(n.clamp(1, 17) - 1);
    match lang {
        Language::Nl => SDG_NL[i],
        Language::Fr => SDG_FR[i],
        Language::En => SDG_EN[i],
    }
}
