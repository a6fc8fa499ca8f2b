# kapstok : les messages en français (Belgique).
# Edited by hand; `cargo test i18n` checks that every language has every
# message with the same variables, and that every message is used.


## Site labels: menus, headings, table headers, status names

skip = Aller au contenu
menu = Menu principal
home = Accueil
actions = Plan d'action
action = Action
inventory = Photo locale
sdgs = ODD
sdg = ODD
topics = Thèmes RSE
topic = Thème
claims_public = Ce que nous disons et ce que nous faisons
claims_intranet = Plan de communication
evaluation = Évaluation
team = Groupe de pilotage
sessions = Sessions
calendar = Calendrier de suivi
checks = Rapport de contrôle
status = Statut
department = Service
owners = Responsables
start = Début
due = Échéance
completed = Terminé le
progress = Progrès
date = Date
value = Valeur
note = Remarque
indicator = Indicateur
baseline = Valeur de départ
target = Objectif
latest = Dernière mesure
follow_up = Moments de suivi
next_follow_up = Prochain suivi
internal_note = Note interne
builds_on = S'appuie sur
filter = Filtrer
all = Tous
none = Aucun
count = Nombre
title = Titre
kind = Type
source = Source
matrix = Couverture : ODD par thème
matrix_note = Nombre d'actions et d'initiatives par ODD et thème.
key_figures = Chiffres clés
sdgs_worked_on = ODD sur lesquels nous travaillons
channel = Canal
evidence = Justification
no_evidence = Pas encore de justification publique
claim_commitment = Engagement
claim_result = Résultat
published = Publié
withdrawn = Retiré
public = public
internal = interne
findings = Constats
by_rule = Par règle
by_item = Par élément
no_findings = Aucun constat.
exceptions = Exceptions acceptées
reason = Raison
review = À relire avant publication
review_note = Ce qu'aucune règle ne peut trancher. Relisez chaque message avec ces questions avant qu'il ne sorte.
review_tradeoffs = Compromis cachés : le message tait-il ce qui se dégrade ou ce que cela coûte ailleurs (plus d'émissions chez un fournisseur, moins de service, un prix plus élevé) ?
review_verification = Vérification indépendante : qui a mesuré les chiffres et qui les a contrôlés ? Un label dit-il qui l'attribue et sur quelle base ?
review_legal = Obligations légales présentées comme mérites : le texte présente-t-il comme un choix ce que la loi, une norme ou une condition de subside impose déjà (performance énergétique, accessibilité, tri des déchets) ?
review_images = Images et couleurs : les photos, les couleurs vertes, les feuilles ou les globes promettent-ils plus que ce que le texte et le plan d'action tiennent ?
rule = Règle
severity = Gravité
error = erreur
warning = avertissement
location = Emplacement
open_findings = Constats ouverts
upcoming = Prochains suivis
phases = Phases
trajectory = Trajet
quotes_label = Membre du groupe de pilotage
not_found = Page introuvable
not_found_text = Cette page n'existe pas (ou plus).
back_home = Retour à l'accueil
contact = Contact
actions_total = actions
items = Éléments
with = Avec
role = Rôle
name = Nom
lead = pilote
mandate = Mandat
hours = Heures
chart_alt = Graphique
status_planned = Prévu
status_in-progress = En cours
status_done = Terminé
status_dropped = Abandonné
session_planned = prévue
session_done = tenue
with_deelgroep = sous-groupe
with_kopgroep = groupe de pilotage
with_college = collège
with_other = autre
kind_goal = objectif
kind_action = action
source_multiyear-plan = Plan pluriannuel
source_policy-statement = Note de politique générale
source_vision-note = Note de vision
source_department-plan = Plan de service
source_advisory-council = Conseil consultatif
source_website = Site web
source_other = Autre source
items_count = actions et initiatives
we_say = Ce que nous disons
we_do = Ce que nous faisons
owner = Responsable
legend = Légende
blind_spot = angle mort
blind_spot_note = Les lignes hachurées sont des angles morts : rien n'y est encore en cours.
level_none = rien
level_1 = 1
level_2 = 2 à 3
level_3 = 4 ou plus (thème fort)
total = Total
scroll_hint = Faites défiler latéralement pour voir tout le tableau.
chart_data = Les mesures figurent dans le tableau ci-dessous.
table = Tableau
filter_on = Filtre
of = sur
show_all = Afficher toutes les actions
report_intranet = Rapport final
report_public = Rapport d'avancement
report_public_hint = le plan d'action et son avancement sur une seule page, à imprimer
print_hint = Cette page est conçue pour être imprimée ou enregistrée en PDF (A4).
as_of = situation au
contents = Sommaire
team_mandate = Groupe de pilotage et mandat
member_staff = agent
member_elected = mandataire
not_core = hors du groupe de pilotage
inventory_items = objectifs et actions dans la photo locale
by_source = Par source
coverage = Par ODD
figure_inventory = Initiatives de la photo locale
actions_col = Actions
phase = Phase
number = N°
session = Session
text_accessibility = Accessibilité des textes
text_accessibility_note = Images sans texte alternatif, niveaux de titre sautés et textes de lien vides de sens dans les textes des actions, des pages, de la photo locale et des sessions : par page.
no_text_findings = Aucun constat : chaque image a un texte alternatif, aucun niveau de titre n'est sauté et chaque texte de lien dit où il mène.
statement = Déclaration d'accessibilité
open_data = Données ouvertes
feed = Flux d'actualités (Atom)
search = Rechercher
calendars = Agendas (iCalendar)
st_intro = { $org } s'engage à rendre { $site } accessible, conformément à la directive (UE) 2016/2102 du Parlement européen et du Conseil du 26 octobre 2016 relative à l'accessibilité des sites internet et des applications mobiles des organismes du secteur public.
st_scope = La présente déclaration d'accessibilité s'applique à { $site } :
st_status_h = État de conformité
st_full = Ce site internet est entièrement conforme aux Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, que reprend la norme européenne EN 301 549 pour les sites internet.
st_partial = Ce site internet est partiellement conforme aux Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, en raison des non-conformités et des dérogations énumérées ci-dessous.
st_none = Ce site internet n'est pas conforme aux Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA. Les non-conformités et les dérogations sont énumérées ci-dessous.
st_unknown = L'état de conformité de ce site internet n'a pas encore été évalué.
st_content_h = Contenu non accessible
st_content_intro = Le contenu suivant n'est pas accessible, ou pas entièrement :
st_content_none = Aucun contenu non accessible n'est connu.
st_prep_h = Établissement de cette déclaration d'accessibilité
st_assessed = Cette déclaration a été établie le { $date }.
st_not_assessed = La date de l'évaluation n'est pas encore connue.
st_self = L'évaluation est une auto-évaluation réalisée par { $org }.
st_third = L'évaluation a été réalisée par un tiers.
st_feedback_h = Retour d'information et coordonnées
st_feedback = Vous rencontrez un problème d'accessibilité sur ce site internet, ou vous avez besoin d'un contenu sous une autre forme ? Faites-le-nous savoir :
st_enforce_h = Procédure de mise en œuvre
st_enforce = Si vous ne recevez pas de réponse, ou pas de réponse satisfaisante, à votre signalement, vous pouvez introduire une plainte :
st_enforce_default = auprès du service des plaintes ou du service de médiation de votre autorité publique.

## The intranet's page of a rule (checks/rules/RULE-ID/)

rule_severity = Gravité par défaut
rule_fixed = fixe : la règle ne peut pas être abaissée
rule_why = Ce que la règle vérifie, et pourquoi
rule_basis = Référence
rule_fix = Que faire
rule_bad = À éviter
rule_good = À suivre
rule_back = Retour au rapport de contrôle

## The 17 SDGs (official short names)

sdg_1 = Pas de pauvreté
sdg_2 = Faim « zéro »
sdg_3 = Bonne santé et bien-être
sdg_4 = Éducation de qualité
sdg_5 = Égalité entre les sexes
sdg_6 = Eau propre et assainissement
sdg_7 = Énergie propre et d'un coût abordable
sdg_8 = Travail décent et croissance économique
sdg_9 = Industrie, innovation et infrastructure
sdg_10 = Inégalités réduites
sdg_11 = Villes et communautés durables
sdg_12 = Consommation et production responsables
sdg_13 = Mesures relatives à la lutte contre les changements climatiques
sdg_14 = Vie aquatique
sdg_15 = Vie terrestre
sdg_16 = Paix, justice et institutions efficaces
sdg_17 = Partenariats pour la réalisation des objectifs

## Open data, feed, calendars and search (data-*)

data_open_data_intro = Toutes les données publiques de ce trajet à réutiliser : les actions avec leurs indicateurs et leur progression, la photo locale et ce que nous communiquons, avec les actions qui l'étayent.
data_file = Fichier
data_contents = Contenu
data_size = Taille
data_licence = Licence
data_publisher = Éditeur
data_modified = Mis à jour le
data_catalog = Description pour les portails de données (DCAT-AP, JSON-LD)
data_feed = Fil d'actualité de la progression et des actions terminées (Atom)
data_csv_note = Les fichiers CSV sont en UTF-8, séparés par des virgules ; les listes dans une cellule sont séparées par ;.
data_all = Tout dans un fichier zip
data_actions = Actions du plan d'action
data_progress = Mesures des indicateurs (progression)
data_inventory = La photo locale : ce que l'organisation fait déjà
data_claims = Ce que nous communiquons, avec les actions qui l'étayent
data_dataset = Données du trajet RSE
data_dataset_description = Actions, indicateurs, progression, photo locale et engagements et résultats communiqués du trajet RSE
data_progress_entry = Nouvelle mesure
data_follow_up = Moment de suivi
data_calendar = Agenda
data_calendar_all = suivi et sessions
data_calendar_of = suivi de
data_search_label = Rechercher dans les actions, la photo locale, les allégations, les pages, les sessions et l'équipe
data_search_none = Aucun résultat.
data_search_count = { $n } résultats
data_search_noscript = La recherche nécessite JavaScript.
data_kind_claim = Allégation
data_kind_page = Page
data_kind_member = Équipe

## Rules: a one-line summary, what it checks and why, a bad and a good example

rule-claim-without-action = une allégation qui n'est liée à aucune action ni à aucun élément de la photo locale
rule-claim-without-action-why = Une allégation doit reposer sur ce que nous faisons : la règle se déclenche quand l'allégation n'est liée à aucune action ni à aucun élément de la photo locale.
rule-claim-without-action-bad = text: We zijn een klimaatgemeente.   (ni action, ni élément de la photo locale)
rule-claim-without-action-good =
    text: We plaatsten 42 fietsplaatsen.
    actions: [overdekte-fietsenstalling]
rule-claim-without-action-basis = Une communication environnementale honnête étaye chaque allégation par des faits (ACM Leidraad Duurzaamheidsclaims ; considérants de la directive (UE) 2024/825 sur la justification). Une allégation sans action ni élément de la photo locale n’a rien à montrer ; une formule large comme « commune climat » est en outre une allégation générique (directive (UE) 2024/825, annexe I, point 4 bis).
rule-claim-without-action-fix = Liez l’action ou l’élément de la photo locale sur lequel repose l’allégation, ou limitez-la à ce que vous avez réellement fait.
rule-claim-dropped-action = une allégation qui repose sur une action abandonnée
rule-claim-dropped-action-why = Une allégation qui repose sur une action abandonnée n'est plus vraie : un constat par action abandonnée.
rule-claim-dropped-action-bad = actions: [elektrische-deelauto]   # status: dropped
rule-claim-dropped-action-good = withdrawn: 2025-06-20   # ou liez l'action qui l'a remplacée
rule-claim-dropped-action-basis = Les allégations doivent être étayées et tenues à jour (ACM Leidraad Duurzaamheidsclaims). Dès que l’action qui fonde une allégation est arrêtée, celle-ci ne repose plus sur des faits.
rule-claim-dropped-action-fix = Retirez l’allégation en indiquant une date, ou liez l’action qui remplace celle qui a été arrêtée et vérifiez que le texte reste exact.
rule-claim-result-not-done = un résultat annoncé pour une action prévue ou encore sans aucune progression
rule-claim-result-not-done-why = Un résultat suppose une action qui a abouti : la règle se déclenche pour une action liée qui est prévue, ou en cours sans aucune progression.
rule-claim-result-not-done-bad = kind: result   # l'action est prévue
rule-claim-result-not-done-good = kind: commitment   # jusqu'à la première mesure
rule-claim-result-not-done-basis = Un résultat est une affirmation de fait et doit être étayé par des faits (ACM Leidraad Duurzaamheidsclaims ; considérants de la directive (UE) 2024/825 sur la justification). Une action seulement prévue, ou sans aucun progrès, n’a encore rien produit à montrer.
rule-claim-result-not-done-fix = Formulez-la comme un engagement jusqu’à la première mesure, puis transformez-la en résultat avec la valeur mesurée.
rule-claim-result-on-goal = un résultat qui ne repose que sur une intention (un objectif de la photo locale)
rule-claim-result-on-goal-why = Un résultat qui ne repose que sur une intention (un objectif de la photo locale) n'est pas démontré. Un résultat qui annonce l'adoption de l'objectif (signé, rejoint, adopté) ou un titre que porte la commune repose sur l'objectif lui-même.
rule-claim-result-on-goal-bad =
    kind: result
    inventory: [beleidsverklaring-aankopen]   # kind: goal
rule-claim-result-on-goal-good =
    kind: result
    actions: [aankoopcriteria]
rule-claim-result-on-goal-basis = Une intention est une allégation sur une performance future (directive (UE) 2024/825, article 6, paragraphe 2, point d) ; la présenter comme atteinte exige des faits qui montrent le résultat (ACM Leidraad Duurzaamheidsclaims). Seule l’adoption elle-même (signée, approuvée) repose sur l’objectif.
rule-claim-result-on-goal-fix = Liez l’action qui a produit le résultat, ou formulez-le comme un engagement ou comme l’adoption de l’objectif (signé, approuvé).
rule-claim-future-without-plan = un engagement sans action assortie d'une échéance et d'un indicateur avec valeur de départ et valeur cible
rule-claim-future-without-plan-why = Une promesse pour l'avenir demande un plan mesurable et daté : une action avec une échéance et un indicateur avec une valeur de départ et une valeur cible. Une étude ou une décision annoncée avec sa date (« l'intercommunale étudie jusqu'en 2027 si … ») ne promet aucun résultat à mesurer : une action avec une échéance suffit.
rule-claim-future-without-plan-bad =
    text: We worden een fietsgemeente.
    actions: [fietsen]   # pas d'échéance, pas d'indicateur
rule-claim-future-without-plan-good = actions: [fietsen]   # due: 2026-09-30, indicator: {"{"}baseline: 64, target: 110{"}"}
rule-claim-future-without-plan-basis = Directive (UE) 2024/825, article 6, paragraphe 2, point d : une allégation sur une performance environnementale future exige des engagements clairs et vérifiables dans un plan de mise en œuvre détaillé et réaliste, avec des objectifs mesurables et datés. L’ACM Leidraad Duurzaamheidsclaims demande aussi de la clarté sur les ambitions futures.
rule-claim-future-without-plan-fix = Liez une action avec une échéance et un indicateur avec valeur de départ et valeur cible, ou atténuez la promesse tant que ce plan n’existe pas.
rule-claim-overdue = un engagement dont toutes les actions ont dépassé leur échéance sans être terminées
rule-claim-overdue-why = Un engagement dont toutes les actions ont dépassé leur échéance sans être terminées.
rule-claim-overdue-bad = text: Tegen 2024 ...   # chaque action : échéance 2024-12-31, en cours
rule-claim-overdue-good = communiquez le résultat, ou convenez d'une nouvelle échéance
rule-claim-overdue-basis = Un engagement doit reposer sur un plan réaliste et daté (directive (UE) 2024/825, article 6, paragraphe 2, point d) et les allégations doivent rester à jour (ACM Leidraad Duurzaamheidsclaims). Si toutes les échéances sont dépassées sans résultat, la promesse ne reflète plus le plan.
rule-claim-overdue-fix = Indiquez ce qui a été atteint, ou convenez de nouvelles échéances avec le responsable et le groupe de pilotage, puis adaptez l’allégation.
rule-claim-sooner-than-plan = un engagement pour une année que le plan n’atteindra pas : une échéance plus tardive, ou un retard consigné
rule-claim-sooner-than-plan-why = Un engagement qui donne une date doit reprendre celle du plan. Si l’explication d’un indicateur ou la note d’une mesure dit que ce sera plus tard (« la réception est attendue à la mi-2027 »), ou si l’échéance de chaque action tombe après l’année où l’engagement promet le tout, l’allégation promet ce que le plan lui-même n’attend pas.
rule-claim-sooner-than-plan-bad = text: Les travaux seront terminés d'ici fin 2026.   # échéance de l’action : 2027-06-30
rule-claim-sooner-than-plan-good = text: La moitié des maisons est raccordée ; les travaux se terminent à la mi-2027, après un arrêt de quatre mois.
rule-claim-sooner-than-plan-basis = Un engagement doit reposer sur un plan réaliste et daté (directive (UE) 2024/825, article 6, paragraphe 2, point d) ; un engagement qui contredit son propre plan induit en erreur (ACM Leidraad Duurzaamheidsclaims, règle 1).
rule-claim-sooner-than-plan-fix = Donnez la date du plan et dites pourquoi elle a changé, ou convenez d’abord d’un nouveau plan avec le responsable et le groupe de pilotage.
rule-claim-promise-passed = un engagement publié dans les temps, dont les actions ont depuis dépassé leur échéance sans être terminées
rule-claim-promise-passed-why = Un engagement publié avant l’échéance de ses actions était exact au moment où il a été pris. Si ces échéances sont depuis dépassées sans résultat, le lecteur d’aujourd’hui lit une promesse qui ne tient plus. Il faut compléter la page, pas l’interdire : c’est donc un avertissement, alors qu’un engagement publié après son échéance (`claim-overdue`) est une erreur.
rule-claim-promise-passed-bad = published: 2024-03-20  text: Tegen 2026 ...   # action : échéance 2026-06-30, en cours
rule-claim-promise-passed-good = complétez : « Mise à jour de décembre 2026 : quatre postes sur cinq ; le cinquième suit en 2027. »
rule-claim-promise-passed-basis = Les allégations doivent rester à jour (ACM Leidraad Duurzaamheidsclaims) ; un engagement repose sur un plan daté (directive (UE) 2024/825, article 6, paragraphe 2, point d).
rule-claim-promise-passed-fix = Complétez la page avec ce qui a été atteint et la date à laquelle le reste suivra (convenez de la nouvelle échéance avec le responsable et le groupe de pilotage), ou retirez l’allégation (`withdrawn`).
rule-claim-evidence-not-public = une allégation publique dont aucun lecteur ne peut voir la justification
rule-claim-evidence-not-public-why = Une allégation publique doit montrer une justification que le lecteur peut vérifier : la règle se déclenche quand rien dans sa justification n'est public (une allégation interne sur un canal externe reçoit plutôt claim-channel-visibility).
rule-claim-evidence-not-public-bad =
    visibility: public
    actions: [mvo-rubriek]   # action interne
rule-claim-evidence-not-public-good = passez l'action en `visibility: public`
rule-claim-evidence-not-public-basis = La référence est la vérifiabilité : l’ACM Leidraad Duurzaamheidsclaims demande d’étayer les allégations de façon que d’autres puissent les contrôler, et la directive (UE) 2024/825 (article 6, paragraphe 2, point d) exige des engagements publics et vérifiables. Une allégation publique fondée uniquement sur des éléments internes n’est vérifiable par aucun lecteur.
rule-claim-evidence-not-public-fix = Rendez publique au moins une action ou un élément de la photo locale lié, ou gardez l’allégation interne.
rule-claim-channel-visibility = une allégation interne diffusée sur un canal externe
rule-claim-channel-visibility-why = Une allégation interne diffusée sur un canal externe n'apparaît pas sur la page publique qui en montre la justification.
rule-claim-channel-visibility-bad =
    visibility: internal
    channels: [website]
rule-claim-channel-visibility-good =
    visibility: public
    channels: [website]
rule-claim-channel-visibility-basis = Une allégation faite en public doit pouvoir être vérifiée par le public (ACM Leidraad Duurzaamheidsclaims ; considérants de la directive (UE) 2024/825 sur la justification). Diffusée sur un canal externe mais marquée interne, elle n’a pas de page publique qui montre ses preuves.
rule-claim-channel-visibility-fix = Rendez l’allégation publique pour que sa page de preuves apparaisse, ou retirez le canal externe.
rule-claim-neutrality = un résultat « neutre pour le climat », ou qui repose sur la compensation
rule-claim-neutrality-why = Un résultat « neutre pour le climat », ou qui repose sur la compensation, est trompeur (directive (UE) 2024/825).
rule-claim-neutrality-bad = text: Onze gemeente is klimaatneutraal dankzij compensatie.
rule-claim-neutrality-good = text: Onze gebouwen stoten 24 % minder CO2 uit dan in 2019.
rule-claim-neutrality-basis = Directive (UE) 2024/825, annexe I, point 4 quater : affirmer, sur la base de la compensation, un impact neutre, réduit ou positif en gaz à effet de serre est trompeur ; « climatiquement neutre » comme résultat est aussi une allégation générique (point 4 bis). La référence pour une commune : annoncer des réductions réelles, la compensation à part.
rule-claim-neutrality-fix = Remplacez « climatiquement neutre » par la baisse mesurée et son année de référence, et mentionnez la compensation à part, comme une contribution.
rule-claim-generic-term = un terme environnemental vague qu'aucun chiffre ne précise
rule-claim-generic-term-why = Un terme environnemental général (duurzaam, groen, eco...) ne dit rien tant qu'un chiffre étayé ne le précise pas.
rule-claim-generic-term-bad = text: We maaien onze bermen op een groenere manier.
rule-claim-generic-term-good = text: Tegen 2026 maaien we 45 km bermen gefaseerd.
rule-claim-generic-term-basis = Directive (UE) 2024/825, annexe I, point 4 bis : une allégation environnementale générique sans excellente performance environnementale reconnue est trompeuse. L’ISO 14021 écarte les termes vagues comme « respectueux de l’environnement », et l’ACM Leidraad Duurzaamheidsclaims demande de préciser l’avantage visé.
rule-claim-generic-term-fix = Remplacez le mot vague par ce que vous faites concrètement, avec un chiffre étayé par un indicateur lié (combien, où, pour quand).
rule-claim-generic-as-fact = un terme environnemental vague présenté comme ce qu’est un lieu, un service ou un produit
rule-claim-generic-as-fact-why = « Ons zwembad is duurzaam », « nos produits sont écologiques », « our events are eco-friendly » : un terme environnemental général présenté comme une qualité d’un lieu, d’un service ou d’un produit, sans chiffre qui le précise. Le lecteur le prend pour un fait sur le tout, rarement vrai pour le tout. « Vert » n’en fait pas partie (c’est aussi la couleur d’un parc), ni un seul aspect (« bijenvriendelijk », « energiezuinig »), ni un souhait (« nous faisons de la commune une commune durable ») : ceux-là relèvent de claim-generic-term.
rule-claim-generic-as-fact-bad = text: Na de renovatie is De Golf een duurzaam zwembad.
rule-claim-generic-as-fact-good = text: Na de renovatie verbruikt De Golf 22 % minder energie dan in 2019; het water wordt nog met gas verwarmd.
rule-claim-generic-as-fact-basis = Directive (UE) 2024/825, annexe I, point 4 bis : une allégation environnementale générique sans excellente performance environnementale reconnue est toujours trompeuse. La recommandation Développement durable de l’ARPP et l’ACM Leidraad Duurzaamheidsclaims (règle 1) demandent la même chose : dire quel avantage.
rule-claim-generic-as-fact-fix = Remplacez le mot vague par ce qui a été fait ou mesuré, avec un chiffre étayé par un indicateur lié.
rule-claim-comparison-unsupported = une comparaison ou un superlatif sans référence indiquée
rule-claim-comparison-unsupported-why = Une comparaison ou un superlatif doit indiquer sa référence et sa méthode.
rule-claim-comparison-unsupported-bad = text: Wij zijn de duurzaamste gemeente van de provincie.
rule-claim-comparison-unsupported-good = allow: [{"{"}rule: claim-comparison-unsupported, reason: "Rangschikking Gemeentemonitor 2025"{"}"}]
rule-claim-comparison-unsupported-basis = Les comparaisons doivent être loyales et dire ce qui est comparé, à quoi et comment (ACM Leidraad Duurzaamheidsclaims) ; la directive (UE) 2024/825, article 7, paragraphe 7, exige une information sur la méthode de comparaison. Un superlatif sans référence nommée est invérifiable.
rule-claim-comparison-unsupported-fix = Indiquez la référence, la source et l’année (par exemple un classement publié) dans un allow motivé, ou supprimez la comparaison.
rule-claim-label-unverified = un label ou un certificat sans système ni organisme nommé
rule-claim-label-unverified-why = Un label ou un certificat doit nommer le système ou l'organisme qui le délivre : dans la justification liée, ou dans un allow.
rule-claim-label-unverified-bad = text: Wij zijn Fairtrade-gemeente.
rule-claim-label-unverified-good = allow: [{"{"}rule: claim-label-unverified, reason: "Toegekend door Fairtrade Belgium, attest 2025"{"}"}]
rule-claim-label-unverified-basis = Directive (UE) 2024/825, annexe I, point 2 bis : afficher un label de durabilité qui ne repose pas sur un système de certification ou n’est pas établi par une autorité publique est trompeur. L’ACM Leidraad Duurzaamheidsclaims demande que les labels disent clairement ce qu’ils garantissent.
rule-claim-label-unverified-fix = Nommez le système ou l’organisme qui l’attribue, et l’année, dans la preuve liée ou dans le motif d’un allow, par exemple « attribué par Fairtrade Belgium, 2025 ».
rule-claim-unqualified-term = compostable, recyclable, résistant à la chaleur ou naturel sans les conditions qui le rendent vrai
rule-claim-unqualified-term-why = Compostable, recyclable, biodégradable, résistant à la chaleur ou naturel : ce n'est vrai que sous certaines conditions (ISO 14021). Dites lesquelles, ou renoncez au terme.
rule-claim-unqualified-term-bad = text: Onze borden zijn composteerbaar.
rule-claim-unqualified-term-good = text: Onze borden zijn industrieel composteerbaar (EN 13432); in Vlaanderen gaan ze bij het restafval.
rule-claim-unqualified-term-basis = L’ISO 14021 n’admet des termes comme compostable, recyclable ou biodégradable qu’avec les conditions qui les rendent vrais (compostage industriel ou domestique, collecte locale) ; il en va de même pour résistant à la chaleur et naturel. Sans ces conditions, l’allégation induit en erreur.
rule-claim-unqualified-term-fix = Précisez la condition à côté du terme (norme, installation, collecte dans votre commune), ou supprimez le terme.
rule-claim-vague-promise = une promesse sans chiffre ni date, alors que son plan contient les deux
rule-claim-vague-promise-why = Une promesse sans chiffre ni date, alors que le plan sur lequel elle repose contient les deux : dites ce que dit le plan.
rule-claim-vague-promise-bad = text: We gaan meer hernieuwbare energie opwekken op onze eigen gebouwen.
rule-claim-vague-promise-good = text: Tegen de zomer van 2026 liggen er zonnepanelen op 9 van onze 12 schoolgebouwen.
rule-claim-vague-promise-basis = La directive (UE) 2024/825 (article 6, paragraphe 2, point d) exige des engagements mesurables et datés, et l’ACM Leidraad Duurzaamheidsclaims demande de la clarté sur les ambitions futures. Quand le plan a un chiffre et une date, une promesse qui les omet dit moins qu’elle ne pourrait.
rule-claim-vague-promise-fix = Reprenez dans la phrase la valeur cible et l’échéance du plan.
rule-claim-number-unsupported = un chiffre qui affirme plus que ce que montre l'indicateur
rule-claim-number-unsupported-why = Un chiffre de l'allégation dit plus que ce que montre son indicateur : une phrase sur l'avenir (tegen 2030, doel, d'ici, by 2030, aim) est comparée au plan, une phrase sur le présent ou le passé aux mesures. Les totaux (18 van onze 30), les parties (waarvan) et les fréquences (twee keer per jaar) sont du contexte ; un terme absolu (volledig, alle, -vrij, zéro, -free) vise le tout, et n'est pas étayé non plus quand les mots mêmes de la justification disent que le tout n'est pas atteint (une chaudière au gaz gardée en secours, 10 % incinérés, des certificats d'hydroélectricité pour « uit wind », behalve, sauf, except).
rule-claim-number-unsupported-bad = text: 40% minder CO2   # plan : 100 -> 80
rule-claim-number-unsupported-good = text: 20% minder CO2
rule-claim-number-unsupported-basis = Les allégations doivent être étayées par des faits et y correspondre (ACM Leidraad Duurzaamheidsclaims ; considérants de la directive (UE) 2024/825 sur la justification) : un chiffre sur l’avenir suit le plan, un chiffre sur le présent suit les mesures. Un terme absolu comme « entièrement » vise le tout (annexe I, point 4 ter).
rule-claim-number-unsupported-fix = Alignez le chiffre sur le plan ou sur la dernière mesure, ou mettez l’indicateur à jour si le chiffre est correct.
rule-claim-change-without-baseline = un résultat qui annonce une variation relative sans dire depuis quand
rule-claim-change-without-baseline-why = Un résultat qui annonce une variation relative (un pourcentage en moins ou en plus, réduit de moitié, doublé) doit dire depuis quand, ou par rapport à quoi : sans point de départ, le lecteur ne peut pas l'évaluer.
rule-claim-change-without-baseline-bad = text: We verbruiken in onze gebouwen al 18 % minder energie.
rule-claim-change-without-baseline-good = text: In 2024 verbruikten onze gebouwen 18 % minder energie dan in 2019.
rule-claim-change-without-baseline-basis = Une évolution est une comparaison avec le passé : l’ACM Leidraad Duurzaamheidsclaims demande des comparaisons loyales qui disent à quoi l’on compare, dans la ligne de la directive (UE) 2024/825, article 7, paragraphe 7 (information sur la méthode de comparaison). Sans année de départ, le lecteur ne peut pas évaluer le chiffre.
rule-claim-change-without-baseline-fix = Ajoutez l’année ou la base de référence et l’année de la mesure, par exemple « 18 % de moins qu’en 2019 ».
rule-claim-condition-omitted = une promesse que le plan ne fait que sous condition, présentée comme décidée
rule-claim-condition-omitted-why = Le plan dit qu’une étape n’est pas encore décidée (le conseil communal doit encore l’approuver, le budget doit le permettre), mais l’allégation la présente comme certaine.
rule-claim-condition-omitted-bad = text: In 2026 komen er twee deelauto's bij.   # action : « dans le projet de modification budgétaire ; le conseil doit encore l’approuver »
rule-claim-condition-omitted-good = text: Als de gemeenteraad akkoord gaat, komen er in 2026 twee deelauto's bij.
rule-claim-condition-omitted-basis = Directive (UE) 2024/825, article 6, paragraphe 2, point d : une allégation sur une performance future doit reposer sur des engagements clairs, objectifs et vérifiables. Une proposition n’est pas encore un engagement.
rule-claim-condition-omitted-fix = Dites la condition dans le texte, ou ne faites la promesse qu’après la décision.
rule-claim-estimate-as-measured = un chiffre que la justification donne comme estimation, présenté comme mesuré
rule-claim-estimate-as-measured-why = L’action dit que le chiffre est estimé, calculé ou tiré d’une enquête (« de vzw schat het vermeden afval op 2 ton », « berekend, niet gemeten »), mais l’allégation le présente comme une mesure. Un chiffre mesuré par un indicateur compte comme mesuré.
rule-claim-estimate-as-measured-bad = text: Het Repair Café hield in 2025 2 ton afval uit de vuilbak.   # action : « de vzw schat het vermeden afval op ongeveer 2 ton »
rule-claim-estimate-as-measured-good = text: Het Repair Café hield in 2025 naar schatting 2 ton afval uit de vuilbak.
rule-claim-estimate-as-measured-basis = ISO 14021 (7.2 et 5.7) : une allégation doit dire sur quoi elle repose, et le lecteur ne doit pas prendre une estimation pour une mesure. L’ACM Leidraad Duurzaamheidsclaims demande d’indiquer la justification.
rule-claim-estimate-as-measured-fix = Dites dans le texte sur quoi repose le chiffre : « selon une estimation », « selon une enquête », « calculé avec ».
rule-claim-legal-requirement = ce que la loi impose, présenté comme un choix de la commune
rule-claim-legal-requirement-why = L’allégation présente une chose comme un choix ou un mérite propre (« choisit », « par respect pour la nature », « l’une des premières »), alors que la justification dit que la loi l’impose. Le lecteur croit que la commune fait quelque chose de particulier.
rule-claim-legal-requirement-bad = text: Uit respect voor de natuur gebruiken wij op onze begraafplaatsen geen pesticiden.   # action : « Sinds 2015 wettelijk verplicht voor openbare besturen »
rule-claim-legal-requirement-good = text: Op onze begraafplaatsen gebruiken we geen pesticiden, zoals de wet sinds 2015 vraagt. We maaien de paden en leggen graspaden aan.
rule-claim-legal-requirement-basis = Directive (UE) 2024/825, annexe I, point 10 bis : présenter des exigences imposées par la loi comme une caractéristique distinctive de l’offre est toujours trompeur. Le guide de l’ACM sur les allégations de durabilité dit de même.
rule-claim-legal-requirement-fix = Dites que la loi l’impose, ou ce que la commune fait de plus que la loi.
rule-claim-others-work = le travail d’un autre acteur, présenté comme l’action de la commune
rule-claim-others-work-severity = avertissement ; erreur si la justification dit que la commune ne le fait pas elle-même
rule-claim-others-work-why = L’allégation dit que la commune a construit, installé, réparé, organisé, payé, prêté ou engagé, alors que la justification dit qu’un autre acteur le fait (la province, une intercommunale, une société de logement, une asbl, des bénévoles). Si la justification dit en toutes lettres que la commune ne le fait pas elle-même, l’allégation est contredite : une erreur.
rule-claim-others-work-bad = text: De gemeente plaatste de voorbije twee jaar zeven nieuwe drinkwatertappunten.   # action : « De Watergroep plaatst de tappunten, sluit ze aan en onderhoudt ze. »
rule-claim-others-work-good = text: Samen met De Watergroep kwamen er de voorbije twee jaar zeven drinkwatertappunten bij. De gemeente koos de plekken en betaalde de aansluiting.
rule-claim-others-work-basis = Directive 2005/29/CE, art. 6, § 1, modifiée par la directive (UE) 2024/825 : une communication est trompeuse si elle induit le lecteur moyen en erreur sur les caractéristiques ou la portée des engagements de son auteur. Le guide de l’ACM sur les allégations de durabilité demande de dire clairement quelle est sa propre contribution.
rule-claim-others-work-fix = Nommez l’acteur qui fait le travail, et dites ce que la commune a apporté elle-même.
rule-claim-cause-not-shown = un résultat attribué à une cause que la justification ne démontre pas
rule-claim-cause-not-shown-severity = avertissement
rule-claim-cause-not-shown-why = L’allégation attribue un résultat à une mesure (« grâce à nos mesures », « dankzij », « thanks to »), alors que la justification dit qu’une partie du changement a une autre cause, que le chiffre n’est pas corrigé (des conditions météo), que personne n’a calculé la part de la mesure, ou que l’effet reste à démontrer. Le lecteur croit que la mesure a tout fait.
rule-claim-cause-not-shown-bad = text: Dankzij onze energiebesparende maatregelen daalde de uitstoot in 2023 met 190 ton.   # action : « De daling in 2023 komt grotendeels door de sluiting van het oude zwembad. »
rule-claim-cause-not-shown-good = text: In 2023 daalde de uitstoot met 190 ton, grotendeels door de sluiting van het oude zwembad; onze besparingen deden de rest.
rule-claim-cause-not-shown-basis = Directive 2005/29/CE, art. 6, § 1, modifiée par la directive (UE) 2024/825 : une communication est trompeuse si elle induit le lecteur moyen en erreur sur les résultats d’une action. Le guide de l’ACM demande d’étayer les allégations par des faits ; le Green Claims Code de la CMA demande de ne rien omettre que le lecteur doit savoir.
rule-claim-cause-not-shown-fix = Dites ce qui a joué aussi, ou donnez le résultat sans l’attribuer à la mesure.
rule-claim-number-rounded-up = un chiffre arrondi au-delà de ce que montre la justification
rule-claim-number-rounded-up-why = Un chiffre un peu plus élevé que ce que montre la justification (un pourcentage 5,5 points au plus au-dessus, un nombre arrondi à la dizaine 10 % au plus ; après « presque », « environ » : 10 points ou 25 %) : arrondi vers le haut, pas inventé, mais un lecteur le prend au pied de la lettre.
rule-claim-number-rounded-up-bad = text: Sporthal De Beemd verbruikt 60 % minder stroom.   # mesuré : −54,8 %
rule-claim-number-rounded-up-good = text: Sporthal De Beemd verbruikt 55 % minder stroom.
rule-claim-number-rounded-up-basis = Les chiffres doivent être exacts et non exagérés (ACM Leidraad Duurzaamheidsclaims, règle 2 ; CMA Green Claims Code : les allégations doivent être vraies et exactes). Un chiffre à un arrondi près de la justification demande une correction, pas une page retenue.
rule-claim-number-rounded-up-fix = Utilisez le chiffre mesuré, arrondi vers le bas, ou dites qu’il est approximatif (« presque », « environ ») s’il est proche.
rule-claim-part-as-whole = un résultat sans quantité, alors que la justification ne montre qu’une partie du tout
rule-claim-part-as-whole-why = Un résultat qui ne donne aucune quantité (ni chiffre, ni nombre en lettres, ni « tous » ou « une partie ») se lit comme la totalité : « Notre flotte roule à l’électrique » dit toute la flotte. Si un indicateur lié ne montre qu’une partie (une part sous 95 %, ou un nombre sous 95 % de son total), le lecteur attend plus qu’il n’y a. Un avertissement : l’allégation peut parler d’autre chose que cet indicateur.
rule-claim-part-as-whole-bad = text: Notre flotte communale roule à l’électrique.   # indicateur : 7 sur 30 véhicules
rule-claim-part-as-whole-good = text: 7 de nos 30 véhicules de service roulent à l’électrique ; 18 d’ici 2028.
rule-claim-part-as-whole-basis = Une allégation ne peut pas sembler plus large que ce qu’elle couvre (ACM Leidraad Duurzaamheidsclaims, règle 2 : claire et précise ; directive (UE) 2024/825 : une allégation environnementale sur le tout qui ne vaut que pour une partie est trompeuse).
rule-claim-part-as-whole-fix = Dites jusqu’où cela va : le nombre avec son total, la part, ou « une partie de ».
rule-claim-number-untraceable = un chiffre qu'aucun indicateur ne permet de vérifier
rule-claim-number-untraceable-why = Un chiffre, ou un terme absolu fort (volledig, -vrij, zéro, fully), qu'aucun indicateur lié ne permet de vérifier (pas d'indicateur, pas de mesure, aucun dans une unité adéquate, rien qui montre le tout).
rule-claim-number-untraceable-bad = text: 100% elektrisch   # unité de l'indicateur : voertuigen
rule-claim-number-untraceable-good = indicator: {"{"}name: Aandeel elektrische voertuigen, unit: "%"{"}"}
rule-claim-number-untraceable-basis = Chaque chiffre doit être étayé et vérifiable (ACM Leidraad Duurzaamheidsclaims ; considérants de la directive (UE) 2024/825 sur la justification). Un terme absolu comme « entièrement » ou « zéro » vise le tout, pas un seul aspect (directive (UE) 2024/825, annexe I, point 4 ter).
rule-claim-number-untraceable-fix = Liez un indicateur dans la même unité, avec une mesure qui montre le chiffre, ou supprimez le chiffre ou le terme absolu.
rule-claim-horizon-beyond-plan = une promesse qui va au-delà de la dernière échéance de son plan
rule-claim-horizon-beyond-plan-why = Un engagement cite une année postérieure à la dernière échéance de ses actions : le plan est-il complet ?
rule-claim-horizon-beyond-plan-bad = text: Tegen 2030 ...   # dernière échéance 2026-12-31
rule-claim-horizon-beyond-plan-good = text: Tegen eind 2026 ...
rule-claim-horizon-beyond-plan-basis = Directive (UE) 2024/825, article 6, paragraphe 2, point d : une allégation sur l’avenir exige un plan de mise en œuvre détaillé et réaliste. Une promesse pour une année que le plan n’atteint pas n’est pas couverte par lui.
rule-claim-horizon-beyond-plan-fix = Utilisez l’année que le plan atteint, ou ajoutez les actions (avec échéances) qui prolongent le plan jusqu’à l’année promise.
rule-claim-kind-outdated = un engagement dont toutes les actions sont terminées : faites-en un résultat
rule-claim-kind-outdated-why = Un engagement dont toutes les actions sont terminées est désormais un résultat.
rule-claim-kind-outdated-bad = kind: commitment   # toutes les actions terminées
rule-claim-kind-outdated-good =
    kind: result
    text: ... (avec la valeur mesurée)
rule-claim-kind-outdated-basis = Les allégations doivent rester à jour (ACM Leidraad Duurzaamheidsclaims). Un engagement dont toutes les actions sont terminées sous-estime ce qui a été accompli et ne montre au lecteur aucun résultat vérifiable.
rule-claim-kind-outdated-fix = Transformez l’engagement en résultat et indiquez la valeur mesurée.
rule-claim-progress-stale = un résultat qui repose sur une mesure trop ancienne
rule-claim-progress-stale-why = Un résultat qui repose sur une action en cours dont la dernière mesure n'est plus à jour : la mesure suivante a plus de retard que la marge permise par la `frequency` de l'indicateur ou, à défaut de fréquence, la dernière mesure est plus ancienne que checks.stale_after_days.
rule-claim-progress-stale-bad = progress: [{"{"}date: 2024-01-10, value: 70{"}"}]   # aujourd'hui 2025-11-15
rule-claim-progress-stale-good = progress: [..., {"{"}date: 2025-10-30, value: 74{"}"}]
rule-claim-progress-stale-basis = Le devoir de justifier les allégations implique de les tenir à jour (ACM Leidraad Duurzaamheidsclaims ; considérants de la directive (UE) 2024/825 sur la justification). Un résultat fondé sur une mesure dépassée n’est peut-être plus exact.
rule-claim-progress-stale-fix = Ajoutez la dernière mesure à l’indicateur, ou datez le résultat (« en 2024… ») pour que le lecteur voie son âge.
rule-claim-allow-unused = une exception acceptée pour une règle qui ne se déclenche plus
rule-claim-allow-unused-why = Une exception `allow` pour une règle qui ne se déclenche plus sur l'allégation : l'exception est obsolète.
rule-claim-allow-unused-bad = allow: [{"{"}rule: claim-label-unverified, ...{"}"}]   # le texte ne cite aucun label
rule-claim-allow-unused-good = supprimez l'exception
rule-claim-allow-unused-basis = Une exception est un jugement pesé sur un seul constat, et les allégations comme leur justification doivent rester à jour (ACM Leidraad Duurzaamheidsclaims). Une exception périmée couvrirait sans bruit une modification ultérieure du texte.
rule-claim-allow-unused-fix = Supprimez l’allow ; n’en ajoutez un nouveau que si la règle se déclenche à nouveau et que le motif tient toujours.
rule-action-without-owner = une action ouverte sans responsable
rule-action-without-owner-why = Une action ouverte a besoin d'un responsable.
rule-action-without-owner-bad = owners: []
rule-action-without-owner-good = owners: [els]
rule-action-without-owner-basis = Le guide flamand du trajet MVO (RSE) confie chaque action à un responsable : une personne qui la fait avancer et en rend compte aux moments de suivi. Sans responsable, personne n’en répond.
rule-action-without-owner-fix = Désignez un responsable pour l’action, de préférence un membre du groupe de pilotage ou le chef du service concerné.
rule-action-vague = une action ouverte sans échéance ou sans valeur cible
rule-action-vague-why = Une action ouverte a besoin d'une échéance et d'un indicateur avec une valeur cible.
rule-action-vague-bad = title: Meer fietsen   # pas d'échéance, pas d'indicateur
rule-action-vague-good =
    due: 2026-09-30
    indicator: {"{"}name: Fietsers, unit: medewerkers, baseline: 64, target: 110{"}"}
rule-action-vague-basis = Le guide flamand du trajet MVO (RSE) demande des actions mesurables : une échéance et un indicateur avec une valeur cible, pour que le groupe de pilotage voie à chaque moment de suivi si l’action est dans les temps.
rule-action-vague-fix = Ajoutez une échéance et un indicateur avec unité, valeur de départ et valeur cible.
rule-action-without-follow-up = une action ouverte sans moment de suivi à venir
rule-action-without-follow-up-why = Une action ouverte a besoin d'un moment de suivi aujourd'hui ou plus tard.
rule-action-without-follow-up-bad = follow_up: [{"{"}date: 2024-09-15, with: kopgroep{"}"}]   # dans le passé
rule-action-without-follow-up-good = follow_up: [{"{"}date: 2026-01-20, with: kopgroep{"}"}]
rule-action-without-follow-up-basis = Dans le guide flamand du trajet MVO (RSE), le groupe de pilotage suit chaque action à des moments de suivi planifiés ; une action ouverte sans prochain moment de suivi sort du champ de vision.
rule-action-without-follow-up-fix = Planifiez le prochain moment de suivi, avec une date et les participants, par exemple la prochaine réunion du groupe de pilotage.
rule-action-overdue = une action ouverte dont l'échéance est dépassée
rule-action-overdue-why = Une action ouverte dont l'échéance est dépassée.
rule-action-overdue-bad =
    status: in-progress
    due: 2025-06-30   # aujourd'hui 2025-11-15
rule-action-overdue-good =
    status: done
    completed: 2025-06-27
rule-action-overdue-basis = Le guide flamand du trajet MVO (RSE) travaille avec des actions datées que le groupe de pilotage passe en revue à chaque moment de suivi ; une échéance dépassée appelle une décision, pas le silence.
rule-action-overdue-fix = Marquez l’action comme terminée avec sa date d’achèvement, ou convenez d’une nouvelle échéance et notez pourquoi.
rule-action-stale = une action en cours sans progression récente
rule-action-stale-why = Une action en cours dont la dernière progression (ou le début) est trop ancienne : pour un indicateur avec une `frequency`, quand la mesure suivante a plus de retard qu'une marge donnée (fréquence annuelle : 90 jours, trimestrielle : 45, mensuelle : 20, tous les N jours : N/4) ; sinon après checks.stale_after_days.
rule-action-stale-bad = progress: [{"{"}date: 2025-04-30, value: 1790{"}"}]   # aujourd'hui 2025-11-15, pas de fréquence
rule-action-stale-good =
    frequency: yearly
    progress: [{"{"}date: 2024-12-31, value: 1710{"}"}]   # prochaine mesure attendue le 2025-12-31
rule-action-stale-basis = Le guide flamand du trajet MVO (RSE) demande des indicateurs mesurés régulièrement et discutés aux moments de suivi ; sans progrès récent, le groupe de pilotage ne peut pas voir si l’action avance.
rule-action-stale-fix = Ajoutez la dernière mesure ou le dernier progrès, et fixez la fréquence de l’indicateur pour savoir quand le prochain chiffre est attendu.
rule-indicator-without-source = l'indicateur d'une action publique qui ne dit pas qui le mesure
rule-indicator-without-source-why = Le site public montre chaque chiffre avec sa source : si l'indicateur d'une action publique n'a pas de `source` (qui le mesure, à partir de quoi), le lecteur ne peut pas le vérifier.
rule-indicator-without-source-bad =
    visibility: public
    indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, target: 1500{"}"}
rule-indicator-without-source-good = indicator: {"{"}name: Elektriciteitsverbruik, unit: MWh, target: 1500, source: energieboekhouding{"}"}
rule-indicator-without-source-basis = Le guide flamand du trajet MVO (RSE) demande des indicateurs mesurables, et le site public affiche chaque chiffre avec sa source pour que le lecteur puisse le vérifier. Sans source, personne ne sait qui mesure ni à partir de quoi.
rule-indicator-without-source-fix = Indiquez la source : qui mesure et à partir de quelles données, par exemple « comptabilité énergétique, service technique ».
rule-team-no-mandate = le groupe de pilotage n'a pas de mandat
rule-team-no-mandate-why = Le groupe de pilotage a besoin d'un mandat du collège.
rule-team-no-mandate-bad = team.yaml sans mandate:
rule-team-no-mandate-good = mandate: {"{"}body: College van burgemeester en schepenen, date: 2024-09-02{"}"}
rule-team-no-mandate-basis = Le guide flamand du trajet MVO (RSE) commence par un groupe de pilotage mandaté par le collège des bourgmestre et échevins ; sans mandat, il n’a pas l’appui nécessaire pour faire des choix pour toute l’organisation.
rule-team-no-mandate-fix = Enregistrez la décision du collège qui mandate le groupe de pilotage, avec sa date.
rule-team-no-lead = le groupe de pilotage n'a pas de pilote
rule-team-no-lead-why = Le groupe de pilotage a besoin d'un pilote.
rule-team-no-lead-bad = aucun membre avec lead: true
rule-team-no-lead-good = - {"{"}id: els, ..., lead: true{"}"}
rule-team-no-lead-basis = Le guide flamand du trajet MVO (RSE) dote le groupe de pilotage d’un responsable qui le convoque, tient le fil et sert d’interlocuteur au collège.
rule-team-no-lead-fix = Désignez un membre du groupe de pilotage comme responsable.
rule-team-size = un groupe de pilotage de moins de 2 ou de plus de 8 membres
rule-team-size-why = Un groupe de pilotage de 2 à 8 personnes fonctionne ; en dessous ou au-delà, non.
rule-team-size-bad = members: [els]
rule-team-size-good = members: [els, jan, lien, koen]
rule-team-size-basis = Le guide flamand du trajet MVO (RSE) recommande un groupe de pilotage restreint : assez grand pour partager le travail et croiser les regards, assez petit pour décider ; kapstok retient 2 à 8 membres.
rule-team-size-fix = Ramenez le groupe de pilotage à 2 à 8 membres ; un groupe plus large peut contribuer via des sessions ou des groupes de travail.
rule-team-no-elected = un groupe de pilotage qui ne réunit pas à la fois des agents et des mandataires
rule-team-no-elected-why = Les guides demandent un mélange d'agents et de mandataires.
rule-team-no-elected-bad = tous les membres avec kind: staff
rule-team-no-elected-good = - {"{"}id: jan, ..., kind: elected{"}"}
rule-team-no-elected-basis = Le guide flamand du trajet MVO (RSE) demande un groupe de pilotage réunissant agents et mandataires, pour que le plan d’action soit à la fois réalisable et soutenu politiquement.
rule-team-no-elected-fix = Intégrez au moins un mandataire (échevin ou conseiller communal) et au moins un agent dans le groupe de pilotage.
rule-team-single-department = un groupe de pilotage issu d'un seul service
rule-team-single-department-why = La RSE concerne toute l'organisation : un groupe de pilotage issu d'un seul service passe à côté.
rule-team-single-department-bad = tous les membres avec department: Milieudienst
rule-team-single-department-good = des membres de Milieudienst, Personeelsdienst, Aankoopdienst
rule-team-single-department-basis = Selon le guide flamand du trajet MVO (RSE), la RSE concerne toute l’organisation ; un groupe de pilotage issu de plusieurs services voit plus de thèmes et porte le plan d’action plus loin.
rule-team-single-department-fix = Invitez des membres d’autres services, par exemple le personnel, les achats ou les finances.
rule-session-not-closed = une session passée encore marquée comme prévue
rule-session-not-closed-why = Une session dont la date est passée a encore le statut planned.
rule-session-not-closed-bad = - {"{"}number: 4, date: 2025-10-01, status: planned{"}"}
rule-session-not-closed-good = - {"{"}number: 4, date: 2025-10-01, status: done, summary: ...{"}"}
rule-session-not-closed-basis = Le guide flamand du trajet MVO (RSE) fonctionne par sessions qui se clôturent chacune par un résultat et des accords ; une session passée encore marquée comme prévue laisse son résultat non consigné.
rule-session-not-closed-fix = Marquez la session comme terminée et ajoutez un bref résumé, ou reportez-la à sa nouvelle date.
rule-topic-blind-spot = un thème sans élément dans la photo locale ni action
rule-topic-blind-spot-why = Un thème déclaré (thème RSE) n'a ni élément dans la photo locale ni action.
rule-topic-blind-spot-bad = topics: [human-rights]   # rien n'a le thème human-rights
rule-topic-blind-spot-good = une action ou un élément de la photo locale avec topics: [human-rights]
rule-topic-blind-spot-basis = Le guide flamand du trajet MVO (RSE) utilise les 17 ODD et six thèmes comme cadre pour voir la RSE dans son ensemble ; un thème retenu sans élément de la photo locale ni action est un angle mort.
rule-topic-blind-spot-fix = Inscrivez à l’inventaire ce que la commune fait déjà sur ce thème, ou prévoyez une action ; supprimez le thème s’il a été choisi par erreur.
rule-public-personal-name = le nom d'un membre de l'équipe dans un texte que le site public afficherait
rule-public-personal-name-why = Le nom complet d'un membre de l'équipe dans un texte que le site public afficherait. Toujours une erreur.
rule-public-personal-name-bad = Vragen? Contacteer Els Peeters.
rule-public-personal-name-good = Vragen? Contacteer de milieudienst.
rule-public-personal-name-basis = RGPD, article 5, paragraphe 1, point c (minimisation des données) : ne publiez que les données personnelles nécessaires à la finalité. Une page publique atteint son but avec les coordonnées d’un service, pas avec le nom d’un agent.
rule-public-personal-name-fix = Remplacez le nom par la fonction ou le service et ses coordonnées générales.
rule-public-internal-text = un texte interne dans un champ que le site public afficherait
rule-public-internal-text-why = Un texte interne (quatre mots ou plus) qui figure aussi dans un champ public. Toujours une erreur.
rule-public-internal-text-bad = internal_note copiée dans le texte public
rule-public-internal-text-good = un texte public, écrit pour le public
rule-public-internal-text-basis = Les notes préparatoires internes sont des documents de travail confidentiels, et la minimisation des données (RGPD, article 5, paragraphe 1, point c) s’applique aux données personnelles qu’elles contiennent. Copiées dans un champ public, elles atteignent des lecteurs à qui elles n’étaient pas destinées.
rule-public-internal-text-fix = Rédigez un texte distinct pour le champ public et gardez la note interne en interne.
rule-team-name-unclear = le nom d'un membre de l'équipe que le garde de confidentialité ne peut pas séparer en prénom et nom de famille
rule-team-name-unclear-why = Un nom dans team.yaml que le garde de confidentialité ne peut pas séparer avec certitude en prénom et nom de famille : un seul mot, plus d’une virgule, ou un mot qu’il ne sait pas placer. Le garde cherche alors des formes que personne n’écrit, et manque celles que l’on écrit.
rule-team-name-unclear-bad = name: Chr. Peeters
rule-team-name-unclear-good = name: Christine Peeters
rule-team-name-unclear-basis = Le garde de confidentialité tient les noms des membres de l’équipe hors du site public (RGPD, article 5, paragraphe 1, point c : minimisation des données). Il ne peut le faire que pour les formes qu’il peut déduire du nom dans team.yaml.
rule-team-name-unclear-fix = Écrivez d’abord le ou les prénoms, puis le nom de famille, sans titre ni remarque, et indiquez les autres formes (un diminutif, un nom de jeune fille) sous also_known_as.
rule-page-claim-term = un terme de neutralité ou une comparaison hors du registre des allégations
rule-page-claim-term-why = Une page publique ou une action utilise un terme de neutralité ou une comparaison : c'est une allégation hors du registre des allégations.
rule-page-claim-term-bad = Lindebeek is koploper in de regio.
rule-page-claim-term-good = inscrivez l'allégation dans content/claims/, avec sa justification
rule-page-claim-term-basis = Les mêmes références que pour les allégations du registre : neutralité fondée sur la compensation (directive (UE) 2024/825, annexe I, points 4 bis et 4 quater) et comparaisons avec référence et méthode (article 7, paragraphe 7 ; ACM Leidraad Duurzaamheidsclaims). Une allégation sur une page libre échappe à ces contrôles.
rule-page-claim-term-fix = Inscrivez l’allégation dans content/claims/ avec ses preuves, ou reformulez la page sans terme de neutralité ni comparaison.
rule-raw-html-removed = du HTML brut dans le Markdown, supprimé au nettoyage
rule-raw-html-removed-severity = erreur sur les éléments publics, avertissement sur les éléments internes
rule-raw-html-removed-why = Du HTML brut dans le Markdown, que le nettoyage supprime (script, gestionnaire d'événements, iframe, style...). Erreur sur les éléments publics, avertissement sur les éléments internes.
rule-raw-html-removed-bad = <span style="color:red">Let op</span>
rule-raw-html-removed-good = **Let op**
rule-raw-html-removed-basis = Pour la sécurité du site, le nettoyeur HTML supprime scripts, gestionnaires d’événements, iframes et styles : ce contenu disparaît sans avertissement. La structure doit passer par Markdown, ce qui garde aussi le sens accessible (WCAG 2.1, critère 1.3.1 Information et relations).
rule-raw-html-removed-fix = Réécrivez le passage en Markdown simple (gras, listes, titres, liens) plutôt qu’en HTML.
rule-body-front-matter-key = un champ de l’en-tête collé dans le texte, où il est publié comme texte
rule-body-front-matter-key-severity = erreur sur les éléments publics, avertissement sur les éléments internes
rule-body-front-matter-key-why = Une ligne du texte qui commence par une clé de l’en-tête (`internal_note:`, `owners:`, `follow_up:`, `visibility:`...), ou un second en-tête juste après le premier, s’affiche mot pour mot sur la page : une note interne collée sous le `---` de fermeture serait publiée. Erreur sur les éléments publics, avertissement sur les éléments internes.
rule-body-front-matter-key-bad = internal_note: Budget pas encore approuvé par le collège.
rule-body-front-matter-key-good = Le budget est en préparation.
rule-body-front-matter-key-basis = Tout ce qui suit le `---` de fermeture est la description publique ; le garde de confidentialité ne peut pas connaître une note enregistrée nulle part comme interne.
rule-body-front-matter-key-fix = Déplacez la ligne au-dessus du `---` de fermeture, dans l’en-tête, ou supprimez-la.
rule-markdown-image-alt = une image sans texte alternatif
rule-markdown-image-alt-why = Une image sans texte alternatif est invisible pour les personnes qui utilisent un lecteur d'écran.
rule-markdown-image-alt-bad = ![](@asset/kaart.png)
rule-markdown-image-alt-good = ![Kaart van de fietsroutes](@asset/kaart.png)
rule-markdown-image-alt-basis = WCAG 2.1 AA, critère 1.1.1 (Contenu non textuel) : toute image informative a besoin d’une alternative textuelle. Les organismes publics belges doivent respecter le niveau AA (directive (UE) 2016/2102).
rule-markdown-image-alt-fix = Décrivez en quelques mots ce que montre l’image ou pourquoi elle est là, par exemple « Carte des itinéraires cyclables ».
rule-markdown-heading-skip = un niveau de titre sauté, ou un titre de niveau 1 dans le texte
rule-markdown-heading-skip-why = Un niveau de titre sauté, ou un titre de niveau 1 dans le texte (le titre de la page est de niveau 1).
rule-markdown-heading-skip-bad =
    ## Doel
    #### Aanpak
rule-markdown-heading-skip-good =
    ## Doel
    ### Aanpak
rule-markdown-heading-skip-basis = WCAG 2.1 AA, critères 1.3.1 (Information et relations) et 2.4.6 (En-têtes et étiquettes) : les titres suivent la structure de la page, ce que les organismes publics belges doivent respecter (directive (UE) 2016/2102). Le titre de la page est de niveau 1 ; ceux du texte commencent au niveau 2.
rule-markdown-heading-skip-fix = Commencez les titres du texte au niveau 2 (##) et descendez d’un niveau à la fois.
rule-markdown-link-text = un lien dont le texte ne dit rien (« cliquez ici »)
rule-markdown-link-text-why = Un lien dont tout le texte est générique ('hier', 'lees meer', 'click here').
rule-markdown-link-text-bad = Lees het plan [hier](@page/plan).
rule-markdown-link-text-good = Lees [het MVO-actieplan](@page/plan).

rule-markdown-link-text-basis = WCAG 2.1 AA, critère 2.4.4 (Fonction du lien (selon le contexte)), obligatoire pour les organismes publics belges (directive (UE) 2016/2102) : le texte du lien dit où il mène. « Ici » ou « lire la suite » ne dit rien aux utilisateurs de lecteurs d’écran.
rule-markdown-link-text-fix = Utilisez le nom de la destination comme texte du lien, par exemple « le plan d’action RSE ».
rule-asset-intranet-only = une pièce jointe vers laquelle aucune page publique ne renvoie : elle reste hors du site public
rule-asset-intranet-only-why = Le site public ne reçoit que les pièces jointes auxquelles renvoient ses pages, flux, fichiers de données ou son thème. Une pièce jointe liée seulement depuis du contenu interne (le compte rendu du groupe de pilotage), ou liée nulle part, va sur l’intranet et n’est pas publiée : elle n’a pas d’adresse publique que l’on pourrait deviner.
rule-asset-intranet-only-bad = Une action interne renvoie à @asset/verslag-kopgroep.pdf, et une page publique devrait le montrer.
rule-asset-intranet-only-good = [Le compte rendu](@asset/verslag-kopgroep.pdf) dans une action ou une page publique, ou rien pour un fichier destiné au groupe de pilotage.
rule-asset-intranet-only-basis = Protection des données dès la conception : ce que seul le contenu interne utilise reste interne (RGPD art. 25). kapstok lit le site public généré pour y trouver les pièces jointes auxquelles il renvoie.
rule-asset-intranet-only-fix = Si le fichier doit être public, faites-y un lien depuis un élément ou une page publique (`@asset/CHEMIN`). S’il est destiné à l’intranet seulement, laissez-le ; mettez la règle à `allow` dans `checks.rules` pour faire taire l’avertissement.
## Search: one hit

data_search_one = 1 résultat

## Licences of the open data

licence_modellicentie = Licence type pour la réutilisation gratuite (v1.0)
licence_cc0 = CC0 1.0
licence_cc_by = CC BY 4.0

## check --explain

explain_severity = par défaut : { $severity }
explain_fixed = fixe
explain_basis = Référence :
explain_fix = Que faire :
explain_bad = À éviter :
explain_good = Correct :

## Le rapport de contrôle : un constat sur une allégation
checks_claim = L’allégation :
checks_evidence = Ce que montrent les preuves :
checks_fix = Que faire :
checks_measured = { $name } : { $value } ({ $date })
no_measurement = pas encore de mesure
checks_unmeasured = { $name } : pas encore de mesure
## Statut d'avancement (issue 22) : les règles sur le statut calculé d'un indicateur
rule-claim-on-track-unsupported = une allégation selon laquelle le plan est en bonne voie alors qu'un indicateur de ses actions est en retard
rule-claim-on-track-unsupported-why = L'allégation dit que le plan est en bonne voie (« op schema », « on track », « en bonne voie »), alors qu'un indicateur de l'une de ses actions est en retard sur la droite qui va de sa valeur de départ au début à son objectif à l'échéance, jugé sur sa dernière mesure : les chiffres disent autre chose.
rule-claim-on-track-unsupported-bad = text: "Nous sommes en bonne voie pour réduire de 20 % la consommation d'électricité d'ici 2026."   # l'indicateur est en retard
rule-claim-on-track-unsupported-good = text: "La consommation d'électricité baisse moins vite que prévu : la rénovation de la piscine a commencé un an plus tard."
rule-claim-on-track-unsupported-basis = Une allégation sur l'avancement d'un plan doit reposer sur ses chiffres (directive (UE) 2024/825 sur les allégations relatives aux performances futures ; ACM Leidraad Duurzaamheidsclaims). Le statut suit le statut d'avancement d'Open SDG : un chiffre est comparé à la droite qui mène à son objectif.
rule-claim-on-track-unsupported-fix = Dites où le plan prend du retard et pourquoi, ou ajoutez la mesure qui montre qu'il est de nouveau dans les temps.
rule-indicator-behind-unexplained = un indicateur public en retard sans explication
rule-indicator-behind-unexplained-why = Le site public affiche le statut de chaque indicateur. Un chiffre en retard sur la droite qui va de la valeur de départ au début à l'objectif à l'échéance doit être accompagné d'une explication : appliquer ou expliquer.
rule-indicator-behind-unexplained-bad = indicator: {"{"}name: Consommation d'électricité, unit: MWh, baseline: 1850, target: 1480{"}"}   # en retard, sans explication
rule-indicator-behind-unexplained-good = explanation: La rénovation de la piscine a commencé un an plus tard ; la nouvelle pompe à chaleur fonctionne depuis mars.
rule-indicator-behind-unexplained-basis = Appliquer ou expliquer, comme le demande le rapportage du pacte climatique flamand : rendre compte de l'avancement de chaque engagement et expliquer ce qui est en retard. Une organisation qui explique un chiffre en retard inspire plus confiance qu'une autre qui le laisse sans commentaire.
rule-indicator-behind-unexplained-fix = Ajoutez `explanation:` à l'indicateur : pourquoi le chiffre est en retard et ce qui est fait pour y remédier.

## Statut d'avancement d'un indicateur (issue 22) : calculé, jamais la couleur ou le symbole seuls
progress_status = Statut d'avancement
progress_achieved = Atteint
progress_on-track = En bonne voie
progress_behind = En retard
progress_no-data = Pas de données
explanation_label = Explication :
progress_by_department = Avancement par service

## Ce qui doit être mis à jour (issue 22) : la page d'un porteur et les rappels de son agenda
owner_title = { $name } : ce qui doit être mis à jour
owner_intro = Pour chaque indicateur des actions en cours : la date de la prochaine mesure, selon la fréquence de l'indicateur, comptée depuis la dernière mesure (ou, s'il n'y en a pas encore, depuis le début de l'action). Les mesures en retard viennent en premier.
owner_open_actions = Actions en cours
owner_calendar = Agenda avec rappels (iCalendar)
owner_measurements = Mesures à faire
owner_overdue = En retard
owner_soon = Dans les { $weeks } prochaines semaines
owner_later = Plus tard
owner_no_measurements = Aucune mesure à faire : aucune action en cours n'a d'indicateur.
owner_frequency = Fréquence
owner_due = Prochaine mesure
owner_days_late = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
owner_due_in = { $days ->
    [0] aujourd'hui
    [1] demain
   *[other] dans { $days } jours
}
owner_ago = { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}
owner_follow_ups_missed = Passés, sans moment de suivi ultérieur
owner_no_next = aucun suivant prévu
owner_follow_ups_next = Prochains moments de suivi
owner_no_follow_ups = Aucun moment de suivi prévu.
frequency_monthly = mensuelle
frequency_quarterly = trimestrielle
frequency_yearly = annuelle
frequency_days = tous les { $days } jours
frequency_none = pas de fréquence : tous les { $days } jours (checks.stale_after_days)
measurement_event = Mesure : { $indicator } ({ $action })
measurement_alarm = Une mesure est due aujourd'hui : { $indicator } ({ $action })
calendars_owner_note = L'agenda d'un porteur contient aussi ses mesures à faire, avec un rappel le jour même.
