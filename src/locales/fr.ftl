# protection-pathways — messages en français (traduits du catalogue de référence anglais, qui sert aussi de repli).
# Chaque autre langue doit avoir exactement ces identifiants et n’utiliser aucune autre variable (tests/i18n.rs).
# Les questions s’adressent à la personne, avec des mots simples ; chacune accepte « je ne sais pas » et « je préfère
# ne pas répondre ». Les termes (-nom) sont des noms gardés tels quels dans toutes les langues.

-engine = protection-pathways

## Réponses acceptées pour chaque question

answer-yes = Oui
answer-no = Non
answer-dont-know = Je ne sais pas
answer-prefer-not-to-say = Je préfère ne pas répondre

## Pourquoi une question est posée

question-why = Ce que votre réponse peut changer : { $pathways ->
    [0] aucune voie
    [one] une voie
    [many] { $pathways } de voies
   *[other] { $pathways } voies
  } et { $deadlines ->
    [0] aucune date
    [one] une date
    [many] { $deadlines } de dates
   *[other] { $deadlines } dates
  }.
question-intro = Vous n’avez pas à répondre. Si vous avez un doute, ou si vous préférez ne rien dire, ce n’est pas grave : nous travaillerons avec ce que nous savons.

## Questions, une par fait du dossier

q-person-citizenships = De quel pays ou de quels pays avez-vous la nationalité ?
q-person-stateless = Êtes-vous sans aucune nationalité (apatride) ?
q-person-dateOfBirth = Quelle est votre date de naissance, si vous la connaissez ?
q-person-claimedAge = Quel âge avez-vous ?
q-person-ageAssessment = Est-ce que quelqu’un a évalué votre âge ? Si oui, quelle tranche d’âge vous a-t-on donnée ?
q-person-unaccompanied = Êtes-vous dans ce pays sans parent ni autre adulte responsable de vous ?
q-identification-stage = Est-ce que quelqu’un (la police, une association, une autorité) a déjà cherché à savoir si vous avez été victime de traite des êtres humains ? Jusqu’où cela est-il allé ?
q-exploitation-forms = Qu’est-ce qu’on vous a fait faire ? Vous pouvez choisir plusieurs réponses, ou aucune.
q-cooperation-willing = Seriez-vous d’accord pour parler à la police ou à un procureur de ce qui s’est passé, si c’était sans danger pour vous ?
q-cooperation-complaintFiled = Avez-vous signalé ce qui s’est passé à la police ou à un procureur ?
q-cooperation-statementMade = Avez-vous fait une déclaration à la police ou devant un tribunal ?
q-cooperation-proceedings = Y a-t-il une affaire pénale sur ce qui vous est arrivé ? Où en est-elle ?
q-cooperation-presenceNecessary = La police ou le procureur vous a-t-il dit que vous deviez rester dans le pays pour l’affaire ?
q-cooperation-tiesSevered = Avez-vous coupé tout contact avec les personnes qui vous exploitaient ?
q-cooperation-civilClaims = Demandez-vous, ou voulez-vous demander, devant un tribunal l’argent qui vous est dû (salaire ou indemnisation) ?
q-cooperation-conviction = Un tribunal a-t-il déclaré quelqu’un coupable de ce qu’on vous a fait ?
q-cooperation-convictionDate = À quelle date la condamnation est-elle devenue définitive, sans plus aucun recours possible ?
q-personalSituation-healthNeeds = Avez-vous besoin de soins médicaux ou psychologiques ici ?
q-personalSituation-riskOfReprisals = Avez-vous peur que les personnes qui vous exploitaient, ou des proches de ces personnes, puissent vous faire du mal, à vous ou à votre famille ?
q-personalSituation-riskOfRetrafficking = Si vous retourniez dans votre pays, auriez-vous peur qu’on vous exploite à nouveau ?
q-personalSituation-lackOfStateProtection = Si vous retourniez dans votre pays, pensez-vous que les autorités ne pourraient pas ou ne voudraient pas vous protéger ?
q-personalSituation-familyHere = Avez-vous de la famille proche qui vit ici ?
q-personalSituation-integrated = Avez-vous construit votre vie ici (travail, école, amis, langue) ?
q-personalSituation-cannotCooperate = Y a-t-il une raison pour laquelle vous ne pouvez pas parler à la police de ce qui s’est passé (par exemple la peur, votre santé ou votre âge) ?
q-personalSituation-exitProstitutionPathway = Participez-vous à un programme pour sortir de la prostitution ?
q-personalSituation-violenceProtectionOrder = Un tribunal ou la police vous a-t-il donné une ordonnance de protection contre une personne qui a été violente avec vous ?
q-personalSituation-returnRiskAssessed = Est-ce que quelqu’un a évalué si vous seriez en sécurité en retournant dans votre pays ?
q-protectionNeeds-fearOfPersecution = Avez-vous peur qu’on vous fasse du mal dans votre pays à cause de qui vous êtes, de ce que vous croyez ou d’un groupe auquel vous appartenez ?
q-protectionNeeds-persecutionGrounds = Pourquoi pensez-vous qu’on vous ferait du mal ? Vous pouvez choisir plusieurs réponses.
q-protectionNeeds-seriousHarm = Avez-vous peur qu’il vous arrive quelque chose de grave dans votre pays, comme des violences, la torture ou la mort ?
q-protectionNeeds-internalRelocationPossible = Y a-t-il un endroit dans votre pays où vous seriez en sécurité ?
q-dublin-otherStateResponsible = Avant de venir ici, avez-vous demandé une protection, ou a-t-on pris vos empreintes digitales, dans un autre pays européen ?
q-stay-status = Quelle est votre situation dans ce pays aujourd’hui (par exemple un visa, un titre de séjour ou une demande d’asile) ?
q-stay-asylum-decision = Avez-vous reçu une décision sur votre demande d’asile ? Quelle est cette décision ?
q-stay-asylum-procedure = Savez-vous dans quelle procédure se trouve votre demande d’asile ?
q-stay-asylum-lodgedDate = À quelle date avez-vous demandé l’asile ?
q-stay-asylum-registeredDate = À quelle date votre demande d’asile a-t-elle été enregistrée ?
q-reflection-consent = Acceptez-vous qu’un délai de rétablissement et de réflexion soit demandé pour vous (du temps pour vous rétablir et décider, sans obligation de coopérer) ?
q-reflection-startDate = À quelle date a commencé votre délai de rétablissement et de réflexion (le temps pour vous reposer et réfléchir) ?
q-stay-asylum-decisionNotifiedDate = À quelle date avez-vous reçu la décision sur votre demande d’asile ?
q-identification-referralDate = À quelle date votre cas a-t-il été transmis à un service qui aide les victimes ?
q-dublin-requestDate = À quelle date ce pays a-t-il demandé à un autre pays de prendre en charge votre demande d’asile ?
q-dublin-acceptanceDate = À quelle date l’autre pays a-t-il accepté d’être responsable de votre demande d’asile ?
q-dublin-transferDecisionDate = À quelle date vous a-t-on dit qu’on allait vous envoyer dans l’autre pays ?
q-permits = Quels titres de séjour avez-vous eus dans ce pays, et de quand à quand ?
q-region = Dans quelle partie du pays vous trouvez-vous (où vous vivez ou séjournez) ?

## Choix proposés pour certaines questions

opt-identification-stage-none = Personne n’a encore examiné ma situation
opt-identification-stage-indicators = Quelqu’un a remarqué des signes de traite
opt-identification-stage-referral = Mon cas a été transmis à un service spécialisé ou aux autorités
opt-identification-stage-reasonable-grounds = Une autorité a estimé qu’il y a des motifs raisonnables de croire que j’ai été victime de traite
opt-identification-stage-conclusive = Une autorité a décidé que j’ai été victime de traite
opt-exploitation-forms-sexual = Prostitution ou exploitation sexuelle
opt-exploitation-forms-forced-labour = Travail forcé
opt-exploitation-forms-slavery = Esclavage
opt-exploitation-forms-servitude = Servitude, par exemple dans une maison
opt-exploitation-forms-criminal-activities = Être obligé(e) de commettre des délits ou des crimes
opt-exploitation-forms-organ-removal = Prélèvement d’organes
opt-exploitation-forms-forced-marriage = Mariage forcé
opt-exploitation-forms-illegal-adoption = Adoption illégale
opt-exploitation-forms-surrogacy = Gestation pour autrui (mère porteuse)
opt-exploitation-forms-other = Autre chose
opt-cooperation-proceedings-none = Pas d’affaire
opt-cooperation-proceedings-investigation = La police mène une enquête
opt-cooperation-proceedings-prosecution = Un procureur a engagé des poursuites contre quelqu’un
opt-cooperation-proceedings-trial = Il y a un procès
opt-cooperation-proceedings-concluded = L’affaire est terminée
opt-cooperation-proceedings-discontinued = L’affaire a été arrêtée
opt-protectionNeeds-persecutionGrounds-race = Ma race ou mon groupe ethnique
opt-protectionNeeds-persecutionGrounds-religion = Ma religion ou mes croyances
opt-protectionNeeds-persecutionGrounds-nationality = Ma nationalité
opt-protectionNeeds-persecutionGrounds-particular-social-group = Un groupe auquel j’appartiens (par exemple les femmes qui ont échappé à la traite, ou les personnes LGBTI)
opt-protectionNeeds-persecutionGrounds-political-opinion = Mes opinions politiques
opt-stay-status-irregular = Pas de titre de séjour ni de visa
opt-stay-status-visa = Un visa
opt-stay-status-residence-permit = Un titre de séjour
opt-stay-status-asylum-applicant = J’ai demandé l’asile
opt-stay-status-protection-beneficiary = J’ai une protection internationale
opt-stay-status-rejected-asylum-applicant = Ma demande d’asile a été refusée
opt-stay-status-eu-free-movement = Je suis citoyen(ne) de l’UE, ou membre de la famille d’un citoyen ou d’une citoyenne de l’UE
opt-stay-status-national = J’ai la nationalité de ce pays
opt-stay-asylum-decision-pending = Pas encore de décision
opt-stay-asylum-decision-refugee-status = Statut de réfugié accordé
opt-stay-asylum-decision-subsidiary-protection = Protection subsidiaire accordée
opt-stay-asylum-decision-humanitarian-status = Un autre statut de protection accordé
opt-stay-asylum-decision-rejected = Refusée
opt-stay-asylum-decision-inadmissible = Déclarée irrecevable
opt-stay-asylum-procedure-regular = La procédure normale
opt-stay-asylum-procedure-accelerated = Une procédure rapide (accélérée)
opt-stay-asylum-procedure-border = Une procédure à la frontière
opt-stay-asylum-procedure-admissibility = Un examen pour savoir si la demande peut être étudiée (recevabilité)
opt-stay-asylum-procedure-dublin = Une procédure pour m’envoyer dans un autre pays européen

## Conseils d’orientation : pour l’intervenant, en mots simples

rank-available = Accessible dès maintenant : toutes les conditions fixées par la loi sont remplies.
rank-possible = Possible : rien ne l’exclut, mais { $facts ->
    [0] cela dépend d’un choix ou d’une appréciation des autorités
    [one] un fait doit encore être établi
    [many] { $facts } de faits doivent encore être établis
   *[other] { $facts } faits doivent encore être établis
  }.
guidance-disclaimer = Ces indications vous aident à vous orienter ; elles ne constituent pas un avis juridique. Vérifiez chaque étape et chaque date avec un avocat ou une organisation spécialisée.
guidance-inform-all-options-title = Informer la personne de toutes les options
guidance-inform-all-options-text = Expliquez-lui toutes les voies qui lui sont ouvertes — délai de rétablissement et de réflexion, titre de séjour parce qu’elle coopère avec les autorités ou en raison de sa situation personnelle, asile, retour en sécurité — dans une langue qu’elle comprend, avant toute décision.
guidance-assistance-unconditional-title = L’assistance ne dépend pas de la coopération
guidance-assistance-unconditional-text = L’hébergement, les soins médicaux et psychologiques et l’accompagnement ne doivent pas dépendre de la volonté de la personne de témoigner. Organisez-les dès maintenant.
guidance-parallel-applications-title = Demander en parallèle l’asile et un titre de séjour pour victime
guidance-parallel-applications-text = Les deux voies peuvent être ouvertes en même temps : un titre de séjour pour victime ne retire pas le droit de demander l’asile. Sauf disposition nationale contraire, préparez les deux demandes ensemble, avec un avocat.
guidance-personal-situation-title = Demander un titre de séjour fondé sur la situation personnelle
guidance-personal-situation-text = Lorsque la coopération avec la police est impossible, dangereuse ou non souhaitée, examinez le titre de séjour que la loi accorde en raison de la situation personnelle de la victime, et déposez la demande dès le départ, sans faire pression sur elle pour qu’elle coopère.
guidance-children-first-title = L’enfant d’abord
guidance-children-first-text = Traitez la personne comme un enfant tant que son âge est incertain. Demandez la désignation d’un tuteur, faites de l’intérêt supérieur de l’enfant une considération primordiale et n’acceptez aucun retour sans évaluation des risques.
guidance-dublin-risk-title = Être attentif à un transfert vers un autre pays européen
guidance-dublin-risk-text = Un autre État peut être désigné comme responsable de la demande d’asile. Pendant le délai de rétablissement et de réflexion, un transfert peut être préparé mais pas exécuté : veillez à ce que ce délai soit accordé, et contestez à temps toute décision de transfert.
guidance-eu-citizen-rights-title = Faire valoir les droits des citoyens de l’Union
guidance-eu-citizen-rights-text = La personne bénéficie du droit à la libre circulation des ressortissants de l’UE, de l’EEE ou de la Suisse ; les titres de séjour prévus pour les ressortissants de pays tiers ne s’appliquent pas, mais l’aide nationale aux victimes s’applique.
guidance-new-exploitation-form-title = Vérifier que l’infraction nationale couvre cette forme d’exploitation
guidance-new-exploitation-form-text = Le mariage forcé, l’adoption illégale et l’exploitation de la gestation pour autrui sont des formes de traite en droit de l’Union depuis la directive (UE) 2024/1712, que les États devaient transposer au plus tard le 15 juillet 2026. Un titre de séjour ou un statut national qui renvoie à l’infraction nationale de traite peut ne pas bénéficier à ces victimes tant que cette infraction ne les couvre pas : demandez à un avocat si c’est le cas et, en attendant, appuyez-vous sur les droits qui n’en dépendent pas.
guidance-return-with-risk-assessment-title = Un retour seulement après une évaluation des risques
guidance-return-with-risk-assessment-text = Si la personne souhaite rentrer dans son pays, le retour doit respecter ses droits, sa sécurité et sa dignité, être de préférence volontaire et faire suite à une évaluation des risques, notamment du risque d’être de nouveau victime de la traite.

## Qui contacter

contact-role-referral-mechanism = Mécanisme national d’orientation ou coordinateur national
contact-role-ngo = Organisation spécialisée
contact-role-police = Police
contact-role-hotline = Ligne d’assistance téléphonique
contact-role-asylum-authority = Autorité chargée de l’asile
contact-role-child-protection = Protection de l’enfance
contact-role-legal-aid = Aide juridique
contact-role-shelter = Hébergement
contact-role-coordinator = Coordination ou rapporteur national (politiques publiques, pas de cas individuels)

## Le résumé imprimable

summary-title = Voies de protection : résumé
summary-for = { $jurisdiction }, situation au { $date }
summary-pathways = Voies
summary-timeline = Dates
summary-steps = Prochaines étapes
summary-contacts = Qui contacter
summary-questions = Questions à poser ensuite
summary-sources = Sources
summary-no-dates = Aucune date ne découle des faits indiqués.
summary-earliest = date la plus précoce possible
summary-overdue = délai dépassé
summary-generated = Créé avec { -engine } { $engine } (règles { $rules }). Rien n’a été envoyé nulle part : le résumé a été créé sur cet appareil.
state-available = Accessible
state-possible = Possible
state-unavailable = Non accessible
state-not_applicable = Ne s’applique pas
kind-act-by = Agir au plus tard le
kind-protected-until = Protection jusqu’au
kind-event = Date
status-verified = vérifié
status-secondary = source secondaire
status-unverified = non vérifié

## Comment une voie a été évaluée : conditions et explications (pour l’intervenant)

reason-met = Condition remplie : { $condition }.
reason-not-met = Condition non remplie : { $condition }.
reason-unknown = Pas encore établi : { $condition }.
reason-state-choice = Dépend d’un choix ou d’une appréciation que la loi laisse à l’État ou à ses autorités, et que le dossier ne permet pas d’établir : vérifiez le droit et la pratique de cet État.
condition-negated = pas { $condition }
explanation-not-applicable = Ne concerne pas cette personne : { $reasons }
explanation-unavailable = Non accessible : { $reasons }
explanation-available = Accessible : toutes les conditions sont remplies.
discretion-text =
    { $grant ->
        [right] La loi y donne droit ({ $cite }) : lorsque les conditions sont remplies, elle doit être délivrée.
        [should] Selon la loi, elle « doit en principe » être accordée ({ $cite }) : c’est la règle, mais l’autorité décide.
        [consider] La loi oblige l’autorité à examiner l’octroi ({ $cite }) : ces conditions doivent être remplies, mais elles ne l’obligent pas à l’accorder.
       *[may] L’octroi relève du pouvoir d’appréciation de l’autorité ({ $cite }) : elle « peut » l’accorder, et peut le refuser.
    }
explanation-available-discretion =
    { $grant ->
        [right] Accessible : toutes les conditions sont remplies et la loi y donne droit ({ $cite }) : elle doit être délivrée.
        [should] Accessible : toutes les conditions sont remplies. Selon la loi, elle « doit en principe » être accordée ({ $cite }) : c’est la règle, mais l’autorité décide.
        [consider] Toutes les conditions sont remplies, mais la loi oblige seulement l’autorité à examiner l’octroi ({ $cite }) : il peut encore être refusé.
       *[may] Toutes les conditions sont remplies, mais l’octroi relève du pouvoir d’appréciation de l’autorité ({ $cite }) : il peut encore être refusé.
    }
explanation-possible = Possible : rien ne l’exclut, mais tout n’est pas encore connu — { $reasons }
cond-third-country-national = un ressortissant de pays tiers (ni de l’UE, ni de l’EEE, ni de la Suisse)
cond-eu-citizen = un ressortissant de l’UE, de l’EEE ou de la Suisse
cond-foreign-national = un étranger (sans la nationalité de cet État)
cond-child = un enfant (moins de 18 ans, ou présumé tel)
cond-adult = une personne majeure
cond-unaccompanied-child = un enfant non accompagné
cond-trafficking-indicated = des indices de traite des êtres humains
cond-reasonable-grounds = des motifs raisonnables de croire que la personne est victime de la traite
cond-identified = l’identification comme victime
cond-willing-to-cooperate = la volonté de coopérer avec les autorités
cond-complaint-or-statement = une plainte déposée ou une déclaration faite
cond-proceedings-ongoing = une procédure pénale en cours
cond-proceedings-or-civil-claims = une procédure pénale engagée ou une action civile intentée
cond-presence-necessary = la présence de la personne, jugée nécessaire par les autorités
cond-ties-severed = la rupture de tout lien avec les auteurs présumés
cond-conviction = la condamnation d’un des auteurs
cond-final-conviction = la condamnation définitive d’un des auteurs (plus aucun recours possible)
cond-reflection-consent = la personne n’a pas refusé le délai (sa proposition suppose son accord)
cond-personal-situation = une situation personnelle qui rend le séjour nécessaire
cond-cannot-cooperate = l’impossibilité de coopérer pour des motifs sérieux
cond-sexual-exploitation = une exploitation sexuelle
cond-exit-prostitution-pathway = l’engagement dans un parcours de sortie de la prostitution
cond-violence-protection-order = une ordonnance de protection contre les violences
cond-fear-of-persecution = une crainte fondée de persécution
cond-convention-ground = un motif de la Convention de Genève à l’origine de la crainte
cond-serious-harm = un risque réel de subir des atteintes graves
cond-no-internal-relocation = l’absence de protection sûre à l’intérieur du pays
cond-risk-on-return = un risque en cas de retour
cond-return-risk-assessed = une évaluation des risques et de la sécurité en cas de retour
cond-five-years-residence = cinq ans de résidence légale
cond-three-years-victim-permit = trois ans de détention ininterrompue du titre de séjour de victime de la traite
cond-other-state-responsible = un autre État de l’UE pouvant être responsable de la demande d’asile
cond-asylum-applicant = un demandeur d’asile
cond-asylum-rejected = une demande d’asile rejetée
cond-state-choice = un choix ou une appréciation que la loi laisse aux autorités
cond-in-region = dans la partie du pays où cette disposition s’applique

## Noms des voies de protection (le nom juridique dans la langue du pays est indiqué à côté)

channel-reflection-period = Délai de rétablissement et de réflexion
channel-victim-permit = Titre de séjour pour les victimes
channel-victim-permit-cooperation = Titre de séjour pour les victimes qui coopèrent
channel-victim-permit-personal-situation = Titre de séjour pour les victimes en raison de leur situation personnelle
channel-refugee-status = Statut de réfugié
channel-subsidiary-protection = Protection subsidiaire
channel-national-status = Statut de protection national
channel-child-protection = Protection de l’enfance
channel-eu-citizen = Droits des ressortissants de l’UE, de l’EEE ou de la Suisse
channel-long-term-residence = Résidence de longue durée
channel-safe-return = Retour en sécurité

## Noms des langues, dans chaque langue

locale-en = English
locale-de = Deutsch
locale-fr = Français
locale-es = Español
locale-nl = Nederlands
locale-sr-Latn = Srpski (latinica)
locale-ro = Română

## Dates et durées en toutes lettres (la date complète suit l’ordre habituel de la langue)

date-long = { $weekday } { $day } { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
period-amount =
    { $unit ->
        [weeks]
            { $n ->
                [one] { $n } semaine
               *[other] { $n } semaines
            }
        [months]
            { $n ->
                [one] { $n } mois
               *[other] { $n } mois
            }
        [years]
            { $n ->
                [one] { $n } an
               *[other] { $n } ans
            }
        [working-days]
            { $n ->
                [one] { $n } jour ouvrable
               *[other] { $n } jours ouvrables
            }
       *[days]
            { $n ->
                [one] { $n } jour
               *[other] { $n } jours
            }
    }
weeks-later =
    { $n ->
        [one] une semaine
       *[other] { $n } semaines
    }
weekend-days =
    { $days ->
        [sunday] les dimanches
        [none] aucun jour de la semaine
        [saturday-sunday] les samedis et les dimanches
       *[other] { $list }
    }
not-working-weekday = un { $weekday }
holiday-kind-public = un jour férié
holiday-kind-deadlines = un jour que la règle assimile à un jour férié
holiday-on-date = { $holiday } le { $date }
status-word-verified = vérifié
status-word-secondary = source secondaire uniquement
status-word-unverified = non vérifié

## Comment un délai a été calculé : les étapes (pour l’intervenant ; le nom de la règle est conservé tel quel)

step-days-are-working-days = Selon { $rule }, un délai exprimé en jours ne comprend que des jours ouvrables.
step-event-validity = Le délai commence le { $first } et ce jour est compté.
step-event = L’événement survient le { $event }. Ce jour n’est pas compté dans le délai ; celui-ci court à partir du { $first }.
step-event-counted = L’événement survient le { $event }. Que ce jour ne soit pas compté repose sur une disposition pas encore vérifiée ; cette lecture le compte : le délai court à partir du { $event }.
step-count-days = En comptant { $period } à partir du { $first }, le dernier jour est le { $end }.
step-count-weeks-validity = Un délai de { $period } dont le premier jour est compté prend fin la veille du même jour de la semaine, { $weeks } plus tard : le { $end }.
step-count-weeks = Un délai de { $period } prend fin le même jour de la semaine que l’événement, { $weeks } plus tard : le { $end }.
step-count-months-validity = Un délai de { $period } prend fin la veille de la date tombant { $period } après son premier jour : le { $end }.
step-count-months = Un délai de { $period } prend fin le jour portant le même chiffre que le jour de l’événement : le { $end }.
step-month-end-validity = Un délai de { $period } prend fin la veille de la date tombant { $period } après son premier jour. Le { $missing } n’existe pas : le délai prend donc fin le dernier jour de ce mois, le { $end }.
step-month-end = Un délai de { $period } prend fin le jour portant le même chiffre que le jour de l’événement. Le { $missing } n’existe pas : le délai prend donc fin le dernier jour de ce mois, le { $end }.
step-count-working-days = En comptant { $period } à partir du { $first } (jours exclus : { $weekend }), le dernier jour est le { $end }.
step-count-working-days-holidays = En comptant { $period } à partir du { $first } (jours exclus : { $weekend } ; jours fériés exclus : { $holidays }), le dernier jour est le { $end }.
step-rule-not-applicable =
    { $years ->
        [0] { $rule } ne reporte pas la fin d’un délai aussi long (plus de { $days } jours, { $weeks } semaines ou { $months } mois, ou un an ou plus) : les samedis, dimanches et jours fériés ne le prolongent donc pas.
       *[other] { $rule } ne reporte pas la fin d’un délai aussi long (plus de { $days } jours, { $weeks } semaines ou { $months } mois, ou plus de { $years } ans) : les samedis, dimanches et jours fériés ne le prolongent donc pas.
    }
step-roll = Le { $end } est { $why } et non un jour ouvrable : le délai prend donc fin le jour ouvrable suivant, le { $next }.
step-roll-between = Le { $end } est { $why } et non un jour ouvrable : le délai prend donc fin le jour ouvrable suivant (les jours intermédiaires ne sont pas non plus des jours ouvrables), le { $next }.
step-minimum-extended =
    { $before ->
        [one] Le délai du { $first } au { $unextended } ne comprend que { $before } jour ouvrable ; il doit en comprendre au moins { $minimum } : il est donc prolongé jusqu’au { $end }.
       *[other] Le délai du { $first } au { $unextended } ne comprend que { $before } jours ouvrables ; il doit en comprendre au moins { $minimum } : il est donc prolongé jusqu’au { $end }.
    }
step-minimum-met = Le délai du { $first } au { $end } comprend au moins { $minimum } jours ouvrables, comme l’exige la règle.
step-result-validity = Dernier jour du délai : le { $end }. Les samedis, dimanches et jours fériés ne le reportent pas.
step-result = Dernier jour pour agir : le { $end }, jusqu’à la fin de ce jour.
step-period-unknown = Le délai de cette décision n’est pas calculé ici (aucun n’est défini, ou il court en heures ou dépend de faits que le cas n’indique pas), et il peut être très court : la date indiquée est celle de la notification, le { $date }. Demandez sans attendre un conseil juridique.
step-dated = { $label } : { $date }.

## Sur quoi repose un délai, et autres interprétations (pour l’intervenant)

assume-public-holidays-not-applied = Aucun jour férié n’a été pris en compte : selon { $rule }, les jours fériés de l’État concerné ({ $country }) ne sont pas des jours ouvrables, et aucun lieu n’a été indiqué. Un jour férié tombant pendant le délai, jusqu’à son dernier jour inclus, peut en reporter la fin : la date indiquée est donc la plus précoce possible. Indiquez « region » (l’État membre, par exemple AT, ou une région, par exemple ES-MD) pour appliquer ses jours fériés.
assume-regional-holidays-not-applied = Seuls les jours fériés nationaux de l’État concerné ({ $country }) ont été pris en compte. Ses régions ont leurs propres jours fériés, qui peuvent reporter la fin du délai : la date indiquée est donc la plus précoce possible. Indiquez « region » ({ $regions }) pour les appliquer.
assume-doubtful-holiday = Jours qui pourraient aussi être fériés au sens de cette règle, et qui n’ont pas été pris en compte : { $days }. Si tel est le cas, le délai prend fin plus tard : la date indiquée est la plus précoce possible.
assume-holidays-incomplete = { $reasons } Un jour férié absent du calendrier peut reporter la fin du délai : la date indiquée est donc la plus précoce possible.
holidays-never-complete = Le calendrier des jours fériés ({ $calendar }) n’est complet pour aucune année.
holidays-known-for = Les jours fériés ({ $calendar }) ne sont connus que pour les années suivantes : { $years }.
regional-holidays-known-for = Les jours fériés régionaux ({ $region }) ne sont connus que pour les années suivantes : { $years }.
assume-provision-not-verified =
    { $count ->
        [one] { $articles } ({ $rule }) n’a pas encore été lu dans le texte officiel (statut : { $status }) ; consultez { $url } avant de vous fonder sur cette date.
       *[other] { $articles } ({ $rule }) n’ont pas encore été lus dans le texte officiel (statut : { $status }) ; consultez { $url } avant de vous fonder sur cette date.
    }
assume-holiday-not-verified = Le résultat tient compte de jours fériés dont la liste n’a pas été lue dans la loi elle-même : { $days }.
assume-baseline-profile = Pour { $name }, seule une base est encodée : les droits minimaux de la Convention (et du droit de l'UE dans un État membre) et les éléments nationaux cités ici, pas encore traduits. Le reste du droit national n'est pas encodé : vérifiez-le auprès d'un avocat ou d'une organisation spécialisée sur place.
assume-no-as-of = Aucune date d’évaluation (asOf) n’a été indiquée : le droit est appliqué tel qu’il a été enregistré en dernier lieu, et les âges et les dates ne sont comparés à aucun jour précis.
assume-presumed-child = La personne est traitée comme un enfant : { $basis }.
warning-date-referral = l’orientation
warning-date-reasonable-grounds = la décision sur les motifs raisonnables
warning-date-conclusive = l’identification définitive
warning-identification-dates-out-of-order = la date de { $later } ({ $laterDate }) précède celle de { $earlier } ({ $earlierDate }) ; vérifiez les dates
warning-identification-stage-behind-dates = l’étape indiquée est « { $stage } », mais une date est donnée pour une étape ultérieure (« { $implied } ») ; l’étape ultérieure est retenue
warning-stateless-with-citizenship = la personne est enregistrée comme apatride et comme ayant une nationalité
warning-age-and-birth-date-differ = l’âge déclaré ({ $claimed }) diffère de l’âge que donne la date de naissance ({ $age }) ; la date de naissance est retenue
warning-conviction-without-proceedings = une condamnation est enregistrée, mais la procédure est enregistrée comme inexistante
warning-conviction-date-contradicted = une date à laquelle la condamnation est devenue définitive est enregistrée, mais les autres réponses disent qu’il n’y a pas de condamnation définitive : la procédure comme non terminée, ou aucune condamnation
warning-date-after-as-of = { $path } ({ $date }) est postérieure à la date de l’évaluation ({ $asOf })
assume-region-without-calendar = Aucun calendrier propre des jours fériés n’est disponible ici pour { $region } ; seuls les jours fériés nationaux ont été pris en compte, et des jours fériés régionaux pourraient donc reporter la date.
assume-reading-not-certain = Cette interprétation est présentée pour la raison suivante : { $why }.
assume-born-29-february = Personne née un 29 février : le 18e anniversaire est fixé au 28 février, le plus tôt des deux jours où la protection en tant qu’enfant pourrait prendre fin.
assume-renewal-period-not-encoded = Demandez le renouvellement bien avant cette date : il doit être demandé pendant la validité du titre de séjour, et le droit national peut exiger que la demande soit déposée un certain temps avant l’expiration, ce dont cet outil ne tient pas compte.
assume-timeline-not-counted = Absent de la chronologie : { $entry } — la date tomberait après le 31 décembre 2199, dernier jour que le moteur compte. Vérifiez les dates indiquées.
assume-timeline-not-applied = Absent de la chronologie : { $entry } — les données juridiques correspondantes n’ont pas pu être appliquées ({ $field } = « { $value } »). C’est un défaut du moteur : calculez ce délai à la main et signalez-le.
assume-national-figure-unknown = La loi fixe une fourchette (de { $shortest } à { $longest }) ; la durée retenue par cet État n’est pas connue : c’est donc la fin la plus précoce de la fourchette qui est indiquée. { $reading }
assume-range = La fin la plus précoce est indiquée. { $reading }
unverified-event-day = { $article } : le jour de l’événement n’est pas compté
unverified-working-days = { $article } : les jours sont des jours ouvrables
unverified-roll = { $article } : le report au jour ouvrable suivant
unverified-minimum = { $article } : le nombre minimal de jours ouvrables
unverified-holiday = { $holiday } le { $date } en tant que jour férié
reading-without-unverified = Sans ce qui n’est pas encore vérifié ({ $parts }), le dernier jour serait le { $date }. Par prudence, agissez au plus tard à cette date.
reading-if-unverified-holds = Si ce qui n’est pas encore vérifié se confirme (voir les hypothèses), le dernier jour est le { $date }.
reading-other = Selon une autre interprétation — { $label } ({ $period }) — la date serait le { $date }.
reading-longest = Si cet État a retenu le délai le plus long que permet la loi ({ $period }), la date serait le { $date }.
reading-range = { $range } : { $date }.
why-fact-unknown = on ne connaît pas { $what } (cette interprétation vaut pour : { $values })
why-regime-date-unknown =
    { $date ->
        [lodged] la date d’introduction de la demande n’est pas connue, et les règles ont changé le { $changed }
       *[registered] la date d’enregistrement de la demande n’est pas connue, et les règles ont changé le { $changed }
    }
why-condition-unknown = on ne sait pas si la condition est remplie : { $condition } ({ $facts })
why-contested-start = le point de départ du délai est contesté (CJUE, C-66/21 : une personne qui affirme être victime a droit à ce délai ; ce que l’arrêt dit de son point de départ n’a pas été lu) : délai compté à partir de l’orientation vers un service spécialisé, le { $date }
fact-procedure = la procédure
fact-decision = la décision

## Les entrées propres à la chronologie (les entrées issues de la loi reprennent les termes de la loi dans `detail`)

timeline-reflection-end = Fin du délai de rétablissement et de réflexion
timeline-asylum-appeal = Dernier jour pour former un recours contre la décision en matière d’asile
timeline-cnda-legal-aid = Dernier jour pour demander l’aide juridictionnelle pour le recours devant la CNDA tout en suspendant le délai de recours
timeline-challenge-at-once = Contester la décision sans attendre : aucun délai de recours n’est enregistré pour elle (affichée au jour de la notification)
timeline-take-charge-request = Dernier jour pour présenter à un autre État une requête aux fins de prise en charge (Dublin)
timeline-take-charge-reply = Échéance de la réponse à la requête aux fins de prise en charge (Dublin)
timeline-transfer-decision = Dernier jour pour la décision de transfert (Dublin)
timeline-transfer-remedy = Dernier jour pour former un recours contre la décision de transfert (Dublin)
timeline-transfer-time-limit = Expiration du délai de transfert (Dublin)
timeline-18th-birthday = 18e anniversaire : à partir de ce jour, la personne est majeure et les règles applicables aux enfants cessent de s’appliquer
timeline-permit-expiry = Dernier jour de validité du titre de séjour
timeline-permit-expiry-scheme = Dernier jour de validité du titre de séjour ({ $scheme })
timeline-ltr-reachable = Le statut de résident de longue durée peut être demandé : cinq années de résidence légale et ininterrompue sont accomplies (si les titres de séjour détenus sont pris en compte à cet effet)
timeline-holding-reachable = Trois ans de détention ininterrompue du titre de séjour de victime de la traite sont atteints : le titre non temporaire peut être demandé (si les titres indiqués couvrent toute la détention)

## Pourquoi la personne est ou n’est pas traitée comme un enfant (pour l’intervenant)

child-basis-age =
    { $age ->
        [one] { $age } an à la date de l’examen (calculé d’après la date de naissance)
       *[other] { $age } ans à la date de l’examen (calculé d’après la date de naissance)
    }
child-basis-no-as-of = la date de naissance est connue, mais pas la date de l’examen (asOf)
child-basis-assessed = une évaluation de l’âge a conclu à un âge de { $min } à { $max } ans
child-basis-assessed-presumed = une évaluation de l’âge a conclu à un âge de { $min } à { $max } ans, fourchette qui descend en dessous de 18 ans : la personne est présumée être un enfant
child-basis-claimed = la personne déclare avoir { $claimed } ans
child-basis-claimed-disputed = la personne déclare avoir { $claimed } ans ; son âge est contesté et, tant qu’il reste incertain, la personne est présumée être un enfant
child-basis-unknown = ni la date de naissance ni l’âge ne sont indiqués

## Résultat d’une voie selon une autre interprétation du droit (pour l’intervenant)

pathway-alternative =
    { $count ->
        [one] Ce résultat repose sur { $provisions }, dont le texte n’a pas été vérifié. Si cette disposition ne s’appliquait pas telle qu’elle est codée dans l’outil, le résultat pour cette voie serait : { $state }.
       *[other] Ce résultat repose sur { $provisions }, dont les textes n’ont pas été vérifiés. Si ces dispositions ne s’appliquaient pas telles qu’elles sont codées dans l’outil, le résultat pour cette voie serait : { $state }.
    }

## Le fichier de calendrier (.ics) : ses propres mots autour des entrées de la chronologie

ics-calendar-name = Voies de protection : dates ({ $jurisdiction })
ics-summary-protected-until = Protection jusqu’à : { $label }
ics-reminder =
    { $days ->
        [one] Dans { $days } jour : { $label }
       *[other] Dans { $days } jours : { $label }
    }
ics-another-reading = Autre interprétation : { $date } ({ $reading })
ics-note = Remarque : { $text }
ics-source = Source : { $instrument }, { $article } ({ $url })
ics-status = Statut : { $status }.
ics-status-earliest = Statut : { $status }. Il s’agit de la date la plus précoce possible.
ics-disclaimer = Indications de protection-pathways, qui ne constituent pas un avis juridique : vérifiez la date avec un avocat.

## Les mots propres au widget (pour l’intervenant qui utilise le formulaire)

widget-section-person = La personne
widget-section-identification = Identification comme victime
widget-section-stay = Séjour et résidence
widget-section-cooperation = Coopération avec les autorités
widget-section-risks = Besoins, risques et craintes
widget-section-dates = Dates
widget-age-from = De (ans)
widget-age-to = À (ans)
widget-countries-hint = Codes de pays (ISO 3166-1, deux lettres), séparés par des virgules : NG, RO.
widget-permits-hint = Une entrée par titre de séjour : son intitulé tel qu’il figure sur le titre, et le premier et le dernier jour de validité. Laissez la liste vide si vous ne savez pas.
widget-permits-record = Ces titres de séjour du dossier ne peuvent pas tous être affichés ici, ils ne peuvent donc pas être modifiés ici : corrigez-les dans le dossier.
widget-permit-n = Titre de séjour { $n }
widget-permit-scheme = Type de titre (tel qu’indiqué sur le document)
widget-permit-from = Valable à partir du
widget-permit-until = Valable jusqu’au (dernier jour)
widget-permit-add = Ajouter un titre de séjour
widget-permit-remove = Supprimer le titre de séjour { $n }
widget-reasons = Motifs et sources
widget-secondary = source secondaire uniquement
widget-unverified = non vérifié
widget-today = aujourd’hui
widget-days-left =
    { $days ->
        [one] { $days } jour restant
        [many] { $days } de jours restants
       *[other] { $days } jours restants
    }
widget-days-ago =
    { $days ->
        [one] il y a { $days } jour
        [many] il y a { $days } de jours
       *[other] il y a { $days } jours
    }
widget-overdue =
    { $days ->
        [one] Délai dépassé de { $days } jour
        [many] Délai dépassé de { $days } de jours
       *[other] Délai dépassé de { $days } jours
    }
widget-no-act-by = aucune date limite pour agir
widget-announce = Résultats mis à jour : { $available ->
        [one] { $available } voie accessible
       *[other] { $available } voies accessibles
    }, { $possible ->
        [one] { $possible } possible
       *[other] { $possible } possibles
    } ; prochaine date limite pour agir : { $next }.
widget-actions = Actions
widget-print = Imprimer
widget-download-ics = Télécharger les échéances (.ics)
widget-copy-json = Copier au format JSON
widget-copied = L’évaluation a été copiée au format JSON.
widget-copy-failed = Le navigateur n’a pas autorisé la copie.
widget-error = L’évaluation n’a pas pu être effectuée : { $message } (champ : { $field })

## The law's words in this language: where a text comes from
translation-unreviewed = traduction pas encore relue
translation-official = texte même de la loi
translation-note = Les textes juridiques ont été traduits par ce projet et n’ont pas encore été relus par un locuteur natif ; en cas de divergence, le texte de la loi fait foi.
holiday-substitute = { $name } (jour de remplacement)
