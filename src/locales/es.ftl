# protection-pathways — mensajes en español (traducidos del catálogo de referencia en inglés,
# que es también el de reserva).
# Todos los idiomas deben tener exactamente estos identificadores y no usar otras variables (tests/i18n.rs).
# Las preguntas se dirigen a la persona, con palabras sencillas; todas aceptan «no lo sé» y «prefiero no
# decirlo». Los términos (-nombre) son nombres que se mantienen igual en todos los idiomas.

-engine = protection-pathways

## Respuestas que acepta cada pregunta

answer-yes = Sí
answer-no = No
answer-dont-know = No lo sé
answer-prefer-not-to-say = Prefiero no decirlo

## Por qué se hace una pregunta

question-why = Lo que su respuesta puede cambiar: { $pathways ->
    [0] ninguna vía de protección
    [one] una vía de protección
    [many] { $pathways } vías de protección
   *[other] { $pathways } vías de protección
  } y { $deadlines ->
    [0] ninguna fecha
    [one] una fecha
    [many] { $deadlines } fechas
   *[other] { $deadlines } fechas
  }.
question-intro = No tiene que responder. Si tiene dudas, o prefiere no decirlo, no pasa nada: trabajaremos con lo que sabemos.

## Preguntas, una por cada hecho del caso

q-person-citizenships = ¿De qué país o países tiene la nacionalidad?
q-person-stateless = ¿No tiene ninguna nacionalidad (es apátrida)?
q-person-dateOfBirth = ¿Cuál es su fecha de nacimiento, si la sabe?
q-person-claimedAge = ¿Cuántos años tiene?
q-person-ageAssessment = ¿Alguien ha evaluado su edad? Si es así, ¿entre qué edades le dijeron que estaba?
q-person-unaccompanied = ¿Está en este país sin su padre, su madre u otra persona adulta responsable de usted?
q-identification-stage = ¿Alguien (la policía, una ONG, una autoridad) ha estudiado ya si usted ha sido víctima de trata? ¿Hasta dónde llegó?
q-exploitation-forms = ¿Qué le obligaron a hacer? Puede elegir más de una opción, o ninguna.
q-cooperation-willing = ¿Aceptaría hablar con la policía o con la fiscalía sobre lo que pasó, si fuera seguro para usted?
q-cooperation-complaintFiled = ¿Ha denunciado lo que pasó ante la policía o la fiscalía?
q-cooperation-statementMade = ¿Ha declarado ante la policía o en un juzgado?
q-cooperation-proceedings = ¿Se ha abierto un caso penal por lo que le pasó? ¿Hasta dónde ha llegado?
q-cooperation-presenceNecessary = ¿La policía o la fiscalía le han dicho que necesitan que se quede en el país por el caso?
q-cooperation-tiesSevered = ¿Ha cortado todo contacto con las personas que le explotaron?
q-cooperation-civilClaims = ¿Está reclamando ante un juzgado, o quiere reclamar, el dinero que le deben (sueldos o una indemnización)?
q-cooperation-conviction = ¿Algún tribunal ha declarado culpable a alguien por lo que le hicieron?
q-personalSituation-healthNeeds = ¿Necesita atención médica o psicológica aquí?
q-personalSituation-riskOfReprisals = ¿Tiene miedo de que las personas que le explotaron, o personas cercanas a ellas, puedan hacerle daño a usted o a su familia?
q-personalSituation-riskOfRetrafficking = Si volviera a su país, ¿tiene miedo de que vuelvan a explotarle?
q-personalSituation-lackOfStateProtection = Si volviera a su país, ¿cree que las autoridades de allí no podrían o no querrían protegerle?
q-personalSituation-familyHere = ¿Tiene familiares cercanos que vivan aquí?
q-personalSituation-integrated = ¿Se ha hecho una vida aquí (trabajo, estudios, amistades, idioma)?
q-personalSituation-cannotCooperate = ¿Hay algún motivo por el que no pueda hablar con la policía sobre lo que pasó (por ejemplo, el miedo, su salud o su edad)?
q-personalSituation-exitProstitutionPathway = ¿Participa en un programa para dejar la prostitución?
q-personalSituation-violenceProtectionOrder = ¿Un juzgado o la policía le ha dado una orden de protección contra alguien que fue violento con usted?
q-personalSituation-returnRiskAssessed = ¿Alguien ha evaluado si sería seguro para usted volver a su país?
q-protectionNeeds-fearOfPersecution = ¿Tiene miedo de que le hagan daño en su país por quién es, por lo que cree o por un grupo al que pertenece?
q-protectionNeeds-persecutionGrounds = ¿Por qué cree que le harían daño? Puede elegir más de una opción.
q-protectionNeeds-seriousHarm = ¿Tiene miedo de sufrir daños graves en su país, como violencia, tortura o la muerte?
q-protectionNeeds-internalRelocationPossible = ¿Hay algún lugar de su país donde estaría a salvo?
q-dublin-otherStateResponsible = Antes de venir aquí, ¿pidió protección o le tomaron las huellas dactilares en otro país europeo?
q-stay-status = ¿Cuál es su situación en este país ahora (por ejemplo, un visado, un permiso o una solicitud de asilo)?
q-stay-asylum-decision = ¿Ha recibido una decisión sobre su solicitud de asilo? ¿Cuál fue?
q-stay-asylum-procedure = ¿Sabe en qué procedimiento está su solicitud de asilo?
q-stay-asylum-lodgedDate = ¿En qué fecha presentó su solicitud de asilo?
q-stay-asylum-registeredDate = ¿En qué fecha se registró su solicitud de asilo?
q-reflection-startDate = ¿En qué fecha empezó su periodo para recuperarse y reflexionar?
q-permits = ¿Qué permisos de residencia ha tenido en este país, y desde cuándo hasta cuándo?

## Opciones que se ofrecen en algunas preguntas

opt-identification-stage-none = Nadie lo ha estudiado todavía
opt-identification-stage-indicators = Alguien vio señales de trata
opt-identification-stage-referral = Me derivaron a un servicio especializado o a las autoridades
opt-identification-stage-reasonable-grounds = Una autoridad consideró que hay motivos razonables para creer que fui víctima de trata
opt-identification-stage-conclusive = Una autoridad decidió que fui víctima de trata
opt-exploitation-forms-sexual = Trabajo sexual o explotación sexual
opt-exploitation-forms-forced-labour = Trabajo forzado
opt-exploitation-forms-slavery = Esclavitud
opt-exploitation-forms-servitude = Servidumbre, por ejemplo en una casa
opt-exploitation-forms-criminal-activities = Me obligaron a cometer delitos
opt-exploitation-forms-organ-removal = Extracción de órganos
opt-exploitation-forms-forced-marriage = Matrimonio forzado
opt-exploitation-forms-illegal-adoption = Adopción ilegal
opt-exploitation-forms-surrogacy = Gestación subrogada (vientre de alquiler)
opt-exploitation-forms-other = Otra cosa
opt-cooperation-proceedings-none = No hay ningún caso
opt-cooperation-proceedings-investigation = La policía está investigando
opt-cooperation-proceedings-prosecution = La fiscalía ha acusado a alguien
opt-cooperation-proceedings-trial = Hay un juicio
opt-cooperation-proceedings-concluded = El caso ha terminado
opt-cooperation-proceedings-discontinued = El caso se archivó
opt-protectionNeeds-persecutionGrounds-race = Mi raza o mi grupo étnico
opt-protectionNeeds-persecutionGrounds-religion = Mi religión o mis creencias
opt-protectionNeeds-persecutionGrounds-nationality = Mi nacionalidad
opt-protectionNeeds-persecutionGrounds-particular-social-group = Un grupo al que pertenezco (por ejemplo, mujeres que escaparon de la trata, o personas LGTBI)
opt-protectionNeeds-persecutionGrounds-political-opinion = Mis opiniones políticas
opt-stay-status-irregular = Sin permiso ni visado
opt-stay-status-visa = Un visado
opt-stay-status-residence-permit = Un permiso de residencia
opt-stay-status-asylum-applicant = He solicitado asilo
opt-stay-status-protection-beneficiary = Tengo protección internacional
opt-stay-status-rejected-asylum-applicant = Me denegaron la solicitud de asilo
opt-stay-status-eu-free-movement = Tengo la nacionalidad de un país de la UE, o soy familiar de alguien que la tiene
opt-stay-status-national = Tengo la nacionalidad de este país
opt-stay-asylum-decision-pending = Todavía no hay decisión
opt-stay-asylum-decision-refugee-status = Se concedió el estatuto de refugiado
opt-stay-asylum-decision-subsidiary-protection = Se concedió la protección subsidiaria
opt-stay-asylum-decision-humanitarian-status = Se concedió otro tipo de protección
opt-stay-asylum-decision-rejected = Se denegó la solicitud
opt-stay-asylum-decision-inadmissible = Se declaró inadmisible la solicitud
opt-stay-asylum-procedure-regular = El procedimiento ordinario
opt-stay-asylum-procedure-accelerated = Un procedimiento rápido (acelerado)
opt-stay-asylum-procedure-border = Un procedimiento en frontera
opt-stay-asylum-procedure-admissibility = Una revisión para ver si la solicitud se puede examinar
opt-stay-asylum-procedure-dublin = Un procedimiento para enviarme a otro país europeo

## Nombres de los idiomas, en su propio idioma

locale-en = English
locale-de = Deutsch
locale-fr = Français
locale-es = Español
locale-nl = Nederlands
locale-sr-Latn = Srpski (latinica)
locale-ro = Română
