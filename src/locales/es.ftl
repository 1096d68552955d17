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
q-cooperation-convictionDate = ¿En qué fecha adquirió firmeza la condena, sin que quepa ya recurso?
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
q-reflection-consent = ¿Está de acuerdo en que se pida para usted un periodo de restablecimiento y reflexión (tiempo para recuperarse y decidir, sin tener que colaborar)?
q-reflection-startDate = ¿En qué fecha empezó su periodo para recuperarse y reflexionar (periodo de restablecimiento y reflexión)?
q-stay-asylum-decisionNotifiedDate = ¿En qué fecha le comunicaron la decisión sobre su solicitud de asilo?
q-identification-referralDate = ¿En qué fecha le derivaron a un servicio que ayuda a las víctimas?
q-dublin-requestDate = ¿En qué fecha pidió este país a otro país que se hiciera cargo de su solicitud?
q-dublin-acceptanceDate = ¿En qué fecha aceptó el otro país ser responsable de su solicitud?
q-dublin-transferDecisionDate = ¿En qué fecha le dijeron que le enviarían al otro país?
q-permits = ¿Qué permisos de residencia ha tenido en este país, y desde cuándo hasta cuándo?
q-region = ¿En qué parte del país se encuentra (donde vive o se aloja)?

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

## Orientación para la derivación: para quien lleva el caso, con palabras sencillas

rank-available = Disponible ya: se cumplen todos los requisitos que establece la ley.
rank-possible = Posible: nada lo descarta, pero { $facts ->
    [0] depende de una decisión discrecional o de una valoración de las autoridades
    [one] aún queda un hecho por determinar
    [many] aún quedan { $facts } hechos por determinar
   *[other] aún quedan { $facts } hechos por determinar
  }.
guidance-disclaimer = Esto es una orientación para ayudarle a encontrar el camino, no asesoramiento jurídico. Compruebe cada paso y cada fecha con un abogado o una organización especializada.
guidance-inform-all-options-title = Informe a la persona de todas las opciones
guidance-inform-all-options-text = Explíquele todas las vías a su alcance —un periodo para recuperarse y reflexionar, un permiso de residencia por cooperar con las autoridades o por su situación personal, el asilo y un retorno seguro— en una lengua que comprenda, antes de que se decida nada.
guidance-assistance-unconditional-title = La asistencia no depende de la cooperación
guidance-assistance-unconditional-text = El alojamiento, la atención médica y psicológica y el asesoramiento no pueden supeditarse a que la persona esté dispuesta a declarar como testigo. Gestiónelos ya.
guidance-parallel-applications-title = Solicite a la vez el asilo y el permiso como víctima
guidance-parallel-applications-text = Ambas vías pueden estar abiertas al mismo tiempo: un permiso de residencia como víctima no elimina el derecho a solicitar asilo. Salvo que la normativa nacional disponga otra cosa, prepare las dos solicitudes a la vez, con un abogado.
guidance-personal-situation-title = Solicite un permiso por la situación personal
guidance-personal-situation-text = Cuando cooperar con la policía sea imposible o peligroso, o la persona no lo desee, estudie el permiso que la ley concede en atención a su situación personal y solicítelo desde el principio, sin presionarla para que coopere.
guidance-children-first-title = Ante todo, un menor
guidance-children-first-text = Trate a la persona como menor mientras haya dudas sobre su edad. Pida que se nombre un tutor, dé prioridad al interés superior del menor y no acepte un retorno sin una evaluación de los riesgos.
guidance-dublin-risk-title = Vigile un posible traslado a otro país europeo
guidance-dublin-risk-text = Puede que otro Estado sea declarado responsable del examen de la solicitud de asilo. Durante un periodo de reflexión puede prepararse un traslado, pero no ejecutarse: asegúrese de que se concede ese periodo y recurra dentro de plazo cualquier decisión de traslado.
guidance-eu-citizen-rights-title = Haga valer los derechos de la ciudadanía de la UE
guidance-eu-citizen-rights-text = La persona tiene derecho a la libre circulación por tener la nacionalidad de un país de la UE, del EEE o de Suiza; los permisos para nacionales de terceros países no se le aplican, pero la asistencia nacional a las víctimas sí.
guidance-new-exploitation-form-title = Compruebe que el delito nacional cubre esta forma de explotación
guidance-new-exploitation-form-text = El matrimonio forzado, la adopción ilegal y la explotación de la gestación subrogada son formas de trata en el Derecho de la Unión desde la Directiva (UE) 2024/1712, que los Estados debían transponer a más tardar el 15 de julio de 2026. Un permiso o estatuto nacional que remite al delito nacional de trata puede no alcanzar a estas víctimas mientras ese delito no las cubra: consulte a un abogado si es así y, mientras tanto, apóyese en los derechos que no dependen de ello.
guidance-return-with-risk-assessment-title = Retorno solo tras una evaluación de los riesgos
guidance-return-with-risk-assessment-text = Si la persona quiere volver, el retorno debe respetar sus derechos, su seguridad y su dignidad, ser voluntario siempre que sea posible y realizarse tras una evaluación de los riesgos, incluido el de volver a ser víctima de trata.

## A quién dirigirse

contact-role-referral-mechanism = Mecanismo nacional de derivación o coordinador nacional
contact-role-ngo = Organización especializada
contact-role-police = Policía
contact-role-hotline = Teléfono de ayuda
contact-role-asylum-authority = Autoridad de asilo
contact-role-child-protection = Protección de menores
contact-role-legal-aid = Asistencia jurídica gratuita
contact-role-shelter = Centro de acogida
contact-role-coordinator = Coordinación o relatoría nacional (políticas, sin casos individuales)

## El resumen para imprimir

summary-title = Vías de protección: resumen
summary-for = { $jurisdiction }, a fecha de { $date }
summary-pathways = Vías de protección
summary-timeline = Fechas
summary-steps = Próximos pasos
summary-contacts = A quién dirigirse
summary-questions = Próximas preguntas
summary-sources = Fuentes
summary-no-dates = De los hechos indicados no se desprende ninguna fecha.
summary-earliest = primera fecha posible
summary-overdue = plazo vencido
summary-generated = Generado con { -engine } { $engine } (reglas { $rules }). No se ha enviado nada a ningún sitio: el resumen se ha creado en este dispositivo.
state-available = Disponible
state-possible = Posible
state-unavailable = No disponible
state-not_applicable = No se aplica
kind-act-by = Fecha límite para actuar
kind-protected-until = Protección hasta
kind-event = Fecha
status-verified = verificada
status-secondary = fuente secundaria
status-unverified = no verificada

## Cómo se decidió cada vía: requisitos y explicaciones (para quien lleva el caso)

reason-met = Se cumple: { $condition }.
reason-not-met = No se cumple: { $condition }.
reason-unknown = Aún no se sabe: { $condition }.
reason-state-choice = Depende de una decisión o valoración que la ley deja en manos del Estado o de sus autoridades y que los hechos del caso no permiten determinar: compruebe la legislación y la práctica de ese Estado.
condition-negated = no { $condition }
explanation-not-applicable = No se aplica a esta persona: { $reasons }
explanation-unavailable = No está abierta: { $reasons }
explanation-available = Está abierta: se cumplen todos los requisitos.
discretion-text =
    { $grant ->
        [right] La ley da derecho a ello ({ $cite }): si se cumplen los requisitos, debe concederse.
        [should] Según la ley, «debe» concederse como regla ({ $cite }): es la regla, pero decide la autoridad.
        [consider] La ley obliga a la autoridad a examinar la concesión ({ $cite }): estos requisitos deben cumplirse, pero cumplirlos no la obliga a concederla.
       *[may] La concesión queda a discreción de la autoridad ({ $cite }): «puede» concederse, y puede denegarse.
    }
explanation-available-discretion =
    { $grant ->
        [right] Está abierta: se cumplen todos los requisitos y la ley da derecho a ello ({ $cite }): debe concederse.
        [should] Está abierta: se cumplen todos los requisitos. Según la ley, «debe» concederse como regla ({ $cite }): es la regla, pero decide la autoridad.
        [consider] Se cumplen todos los requisitos, pero la ley solo obliga a la autoridad a examinar la concesión ({ $cite }): aún puede denegarse.
       *[may] Se cumplen todos los requisitos, pero la concesión queda a discreción de la autoridad ({ $cite }): aún puede denegarse.
    }
explanation-possible = Posible: nada lo descarta, pero aún no se sabe lo siguiente — { $reasons }
cond-third-country-national = ser nacional de un tercer país (de fuera de la UE, del EEE y de Suiza)
cond-eu-citizen = tener la nacionalidad de un país de la UE, del EEE o de Suiza
cond-foreign-national = carecer de la nacionalidad de este Estado
cond-child = ser menor de edad (menos de 18 años, o presumirse que lo es)
cond-adult = ser mayor de edad
cond-unaccompanied-child = ser menor no acompañado
cond-trafficking-indicated = existir indicios de trata
cond-reasonable-grounds = existir motivos razonables para creer que la persona es víctima de trata
cond-identified = haberse identificado a la persona como víctima de trata
cond-willing-to-cooperate = tener voluntad de cooperar con las autoridades
cond-complaint-or-statement = haber presentado denuncia o prestado declaración
cond-proceedings-ongoing = haber un proceso penal en curso
cond-proceedings-or-civil-claims = haberse iniciado un proceso penal o ejercitado acciones civiles
cond-presence-necessary = ser necesaria la presencia de la persona para las autoridades
cond-ties-severed = haber roto toda relación con los presuntos autores
cond-conviction = existir una sentencia condenatoria contra alguno de los presuntos autores
cond-final-conviction = existir una sentencia condenatoria firme contra alguno de los presuntos autores (sin recurso posible)
cond-reflection-consent = que la víctima no haya rechazado el periodo (la propuesta requiere su conformidad)
cond-personal-situation = encontrarse en una situación personal que justifique la permanencia en el país
cond-cannot-cooperate = no poder cooperar por razones de peso
cond-sexual-exploitation = haber sufrido explotación sexual
cond-exit-prostitution-pathway = participar en un itinerario de salida de la prostitución
cond-violence-protection-order = contar con una orden de protección frente a la violencia
cond-fear-of-persecution = tener fundados temores de persecución
cond-convention-ground = basarse el temor en uno de los motivos de la Convención de Ginebra
cond-serious-harm = correr un riesgo real de sufrir daños graves
cond-no-internal-relocation = carecer de una alternativa segura de protección interna en el país de origen
cond-risk-on-return = existir un riesgo en caso de retorno
cond-return-risk-assessed = haberse evaluado los riesgos y la seguridad del retorno
cond-five-years-residence = tener cinco años de residencia legal
cond-three-years-victim-permit = tres años de titularidad ininterrumpida del permiso para víctimas de trata
cond-other-state-responsible = poder ser otro Estado de la UE el responsable del examen de la solicitud de asilo
cond-asylum-applicant = ser solicitante de asilo
cond-asylum-rejected = haberse denegado la solicitud de asilo
cond-state-choice = una decisión o valoración que la ley deja en manos de las autoridades
cond-in-region = en la parte del país donde se aplica esta disposición

## Nombres de las vías de protección (junto a cada una se muestra su nombre legal en el idioma de la jurisdicción)

channel-reflection-period = Periodo de restablecimiento y reflexión
channel-victim-permit = Permiso de residencia para víctimas
channel-victim-permit-cooperation = Permiso de residencia para víctimas que cooperan
channel-victim-permit-personal-situation = Permiso de residencia para víctimas por su situación personal
channel-refugee-status = Estatuto de refugiado
channel-subsidiary-protection = Protección subsidiaria
channel-national-status = Estatuto nacional de protección
channel-child-protection = Protección de menores
channel-eu-citizen = Derechos de la ciudadanía de la UE, del EEE o de Suiza
channel-long-term-residence = Residencia de larga duración
channel-safe-return = Retorno seguro

## Nombres de los idiomas, en su propio idioma

locale-en = English
locale-de = Deutsch
locale-fr = Français
locale-es = Español
locale-nl = Nederlands
locale-sr-Latn = Srpski (latinica)
locale-ro = Română

## Fechas y plazos en palabras (la fecha completa sigue el orden habitual de cada idioma)

date-long = { $weekday }, { $day } de { $month } de { $year }
date-day-month-year = { $day } de { $month } de { $year }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
period-amount =
    { $unit ->
        [weeks]
            { $n ->
                [one] { $n } semana
               *[other] { $n } semanas
            }
        [months]
            { $n ->
                [one] { $n } mes
               *[other] { $n } meses
            }
        [years]
            { $n ->
                [one] { $n } año
               *[other] { $n } años
            }
        [working-days]
            { $n ->
                [one] { $n } día hábil
               *[other] { $n } días hábiles
            }
       *[days]
            { $n ->
                [one] { $n } día
               *[other] { $n } días
            }
    }
weeks-later =
    { $n ->
        [one] una semana
       *[other] { $n } semanas
    }
weekend-days =
    { $days ->
        [sunday] los domingos
        [none] ningún día de la semana
        [saturday-sunday] los sábados y domingos
       *[other] { $list }
    }
not-working-weekday = un { $weekday }
holiday-kind-public = un día festivo
holiday-kind-deadlines = un día que la norma considera festivo
holiday-on-date = { $holiday } ({ $date })
status-word-verified = verificado
status-word-secondary = solo fuente secundaria
status-word-unverified = no verificado

## Cómo se computó un plazo: los pasos (para quien lleva el caso; el nombre de la norma se mantiene tal cual)

step-days-are-working-days = Según { $rule }, un plazo expresado en días solo computa días hábiles.
step-event-validity = El periodo comienza el { $first } y ese día se computa.
step-event = El acontecimiento se produce el { $event }. Ese día no se computa; el plazo corre a partir del { $first }.
step-event-counted = El acontecimiento se produce el { $event }. Que ese día no se compute se basa en una disposición aún no verificada; esta lectura lo computa: el plazo corre a partir del { $event }.
step-count-days = Contando { $period } a partir del { $first }, el último día es el { $end }.
step-count-weeks-validity = Un periodo de { $period } que computa su primer día finaliza el día anterior al mismo día de la semana, { $weeks } después: { $end }.
step-count-weeks = Un plazo de { $period } finaliza el mismo día de la semana que el del acontecimiento, { $weeks } después: { $end }.
step-count-months-validity = Un periodo de { $period } finaliza el día anterior a la misma fecha, { $period } después de su primer día: { $end }.
step-count-months = Un plazo de { $period } finaliza en la misma fecha que la del acontecimiento: { $end }.
step-month-end-validity = Un periodo de { $period } finaliza el día anterior a la misma fecha, { $period } después de su primer día. Como no existe el { $missing }, finaliza el último día de ese mes: { $end }.
step-month-end = Un plazo de { $period } finaliza en la misma fecha que la del acontecimiento. Como no existe el { $missing }, finaliza el último día de ese mes: { $end }.
step-count-working-days = Contando { $period } a partir del { $first } (sin contar { $weekend }), el último día es el { $end }.
step-count-working-days-holidays = Contando { $period } a partir del { $first } (sin contar { $weekend } ni los días festivos { $holidays }), el último día es el { $end }.
step-rule-not-applicable =
    { $years ->
        [0] { $rule } no desplaza el final de un plazo tan largo (de más de { $days } días, { $weeks } semanas o { $months } meses, o de un año o más), por lo que los fines de semana y los días festivos no lo prorrogan.
       *[other] { $rule } no desplaza el final de un plazo tan largo (de más de { $days } días, { $weeks } semanas o { $months } meses, o de más de { $years } años), por lo que los fines de semana y los días festivos no lo prorrogan.
    }
step-roll = El { $end } es { $why } y no es día hábil, por lo que el plazo finaliza el día hábil siguiente: { $next }.
step-roll-between = El { $end } es { $why } y no es día hábil, por lo que el plazo finaliza el día hábil siguiente (los días intermedios tampoco son hábiles): { $next }.
step-minimum-extended =
    { $before ->
        [one] El plazo del { $first } al { $unextended } solo incluye { $before } día hábil; debe incluir al menos { $minimum }, por lo que se amplía hasta el { $end }.
       *[other] El plazo del { $first } al { $unextended } solo incluye { $before } días hábiles; debe incluir al menos { $minimum }, por lo que se amplía hasta el { $end }.
    }
step-minimum-met = El plazo del { $first } al { $end } incluye al menos { $minimum } días hábiles, como se exige.
step-result-validity = Último día del periodo: { $end }. Los fines de semana y los días festivos no lo modifican.
step-result = Último día para actuar: { $end }, hasta el final de ese día.
step-period-unknown = El plazo de esta decisión no se computa aquí (no se ha incorporado, o corre en horas o depende de datos que el caso no indica), y puede ser muy breve: se muestra el día de la notificación, { $date }. Busque asesoramiento jurídico de inmediato.
step-dated = { $label }: { $date }.

## En qué se basa un plazo, y otras interpretaciones (para quien lleva el caso)

assume-public-holidays-not-applied = No se han aplicado días festivos: según { $rule }, los días festivos de { $country } no son días hábiles, y no se ha indicado ningún lugar. Un día festivo que coincida con el último día del plazo, o sea anterior a él, puede hacer que el plazo finalice más tarde, por lo que la fecha indicada es la primera posible. Indique «region» (el Estado miembro, como AT, o una región, como ES-MD) para aplicar sus días festivos.
assume-regional-holidays-not-applied = Solo se han aplicado los días festivos nacionales de { $country }. Sus regiones tienen días festivos propios, que pueden hacer que el plazo finalice más tarde, por lo que la fecha indicada es la primera posible. Indique «region» ({ $regions }) para aplicarlos.
assume-doubtful-holiday = Puede que también sea día festivo a efectos de esta norma, y no se ha aplicado como tal: { $days }. Si lo es, el plazo finaliza más tarde: la fecha indicada es la primera posible.
assume-holidays-incomplete = { $reasons } Un día festivo que falte en el calendario puede hacer que el plazo finalice más tarde, por lo que la fecha indicada es la primera posible.
holidays-never-complete = Los días festivos de { $calendar } no están completos para ningún año.
holidays-known-for = Los días festivos de { $calendar } solo se conocen para { $years }.
regional-holidays-known-for = Los días festivos regionales de { $region } solo se conocen para { $years }.
assume-provision-not-verified =
    { $count ->
        [one] { $articles } de { $rule } aún no se ha leído en el texto oficial (estado: { $status }); compruebe { $url } antes de basarse en esta fecha.
       *[other] { $articles } de { $rule } aún no se han leído en el texto oficial (estado: { $status }); compruebe { $url } antes de basarse en esta fecha.
    }
assume-holiday-not-verified = El resultado tiene en cuenta días festivos cuya lista no se ha leído en la propia ley: { $days }.
assume-baseline-profile = Para { $name } solo hay una base: los derechos mínimos del Convenio (y del Derecho de la UE en un Estado miembro) y los datos nacionales citados aquí, aún sin traducir. El resto del Derecho nacional no está recogido: compruébelo con un abogado o una organización especializada del país.
assume-no-as-of = No se indicó la fecha de la evaluación (asOf): se aplica el derecho tal como se registró por última vez, y las edades y fechas no se comparan con ningún día concreto.
assume-presumed-child = La persona se trata como menor de edad: { $basis }.
warning-date-referral = la derivación
warning-date-reasonable-grounds = la decisión sobre indicios razonables
warning-date-conclusive = la identificación definitiva
warning-identification-dates-out-of-order = la fecha de { $later } ({ $laterDate }) es anterior a la de { $earlier } ({ $earlierDate }); compruebe las fechas
warning-identification-stage-behind-dates = la fase indicada es «{ $stage }», pero hay una fecha para una fase posterior («{ $implied }»); se usa la fase posterior
warning-stateless-with-citizenship = la persona consta como apátrida y a la vez con una nacionalidad
warning-age-and-birth-date-differ = la edad declarada ({ $claimed }) no coincide con la que resulta de la fecha de nacimiento ({ $age }); se usa la fecha de nacimiento
warning-conviction-without-proceedings = consta una condena, pero el procedimiento consta como inexistente
warning-conviction-date-contradicted = consta una fecha en que la condena adquirió firmeza, pero las demás respuestas indican que no hay condena firme: el procedimiento como no concluido, o ninguna condena
warning-date-after-as-of = { $path } ({ $date }) es posterior a la fecha de la evaluación ({ $asOf })
assume-region-without-calendar = { $region } no tiene aquí un calendario de días festivos propio; solo se han aplicado los días festivos nacionales, por lo que los regionales podrían retrasar la fecha.
assume-reading-not-certain = Se muestra esta interpretación porque { $why }.
assume-born-29-february = Nacimiento el 29 de febrero: se considera que la persona cumple 18 años el 28 de febrero, la fecha más temprana en la que podría terminar su protección como menor.
assume-renewal-period-not-encoded = Solicite la renovación con suficiente antelación a esta fecha: la renovación debe solicitarse mientras el permiso esté vigente, y la normativa nacional puede exigir que se haga con una antelación determinada respecto a su expiración, que no está incorporada aquí.
assume-timeline-not-counted = No figura en la cronología: { $entry }, porque caería después del 31 de diciembre de 2199, el último día que cuenta el motor. Compruebe las fechas indicadas.
assume-timeline-not-applied = No figura en la cronología: { $entry }; no se pudieron aplicar sus datos jurídicos ({ $field } = «{ $value }»). Es un defecto del motor: calcule este plazo a mano e infórmelo.
assume-national-figure-unknown = La ley establece un intervalo (de { $shortest } a { $longest }); no se sabe qué cifra ha elegido este Estado, por lo que se muestra la fecha final más temprana del intervalo. { $reading }
assume-range = Se muestra la fecha final más temprana. { $reading }
unverified-event-day = { $article }: que no se compute el día del acontecimiento
unverified-working-days = { $article }: que los días sean días hábiles
unverified-roll = { $article }: la prórroga hasta el día hábil siguiente
unverified-minimum = { $article }: el mínimo de días hábiles
unverified-holiday = { $holiday } ({ $date }) como día festivo
reading-without-unverified = Sin lo que aún no está verificado ({ $parts }), el último día sería el { $date }. Por seguridad, actúe a más tardar ese día.
reading-if-unverified-holds = Si lo que aún no está verificado se confirma (véanse las premisas), el último día es el { $date }.
reading-other = Según otra interpretación —{ $label } ({ $period })—, la fecha sería el { $date }.
reading-longest = Si este Estado hubiera elegido el plazo más largo que permite la ley ({ $period }), la fecha sería el { $date }.
reading-range = { $range }: { $date }.
why-fact-unknown = no se conoce { $what } (esta interpretación corresponde a: { $values })
why-regime-date-unknown =
    { $date ->
        [lodged] no se conoce la fecha de presentación de la solicitud, y las normas cambiaron el { $changed }
       *[registered] no se conoce la fecha de registro de la solicitud, y las normas cambiaron el { $changed }
    }
why-condition-unknown = no se sabe si se cumple la condición «{ $condition }» ({ $facts })
why-contested-start = se discute cuándo comienza el periodo (TJUE, C-66/21: quien alega ser víctima tiene derecho a él; no se ha leído lo que resolvió el Tribunal sobre su inicio): se computa desde la derivación del { $date }
fact-procedure = el procedimiento
fact-decision = la decisión

## Las entradas propias de la cronología (las entradas procedentes de la ley llevan el texto de la ley en `detail`)

timeline-reflection-end = Fin del periodo de restablecimiento y reflexión
timeline-asylum-appeal = Último día para recurrir la decisión sobre la solicitud de asilo
timeline-cnda-legal-aid = Último día para solicitar asistencia jurídica gratuita para el recurso ante la CNDA manteniendo abierto el plazo de recurso
timeline-challenge-at-once = Recurra la decisión de inmediato: no hay ningún plazo de recurso incorporado para ella (se muestra en el día de la notificación)
timeline-take-charge-request = Último día para presentar a otro Estado la petición de toma a cargo (Dublín)
timeline-take-charge-reply = Vence el plazo de respuesta a la petición de toma a cargo (Dublín)
timeline-transfer-decision = Último día para la decisión de traslado (Dublín)
timeline-transfer-remedy = Último día para recurrir la decisión de traslado (Dublín)
timeline-transfer-time-limit = Fin del plazo para efectuar el traslado (Dublín)
timeline-18th-birthday = 18.º cumpleaños: a partir de este día, la persona es mayor de edad y dejan de aplicarse las normas relativas a los menores
timeline-permit-expiry = Último día de validez del permiso de residencia
timeline-permit-expiry-scheme = Último día de validez del permiso de residencia ({ $scheme })
timeline-ltr-reachable = Puede solicitarse la residencia de larga duración: se han cumplido cinco años de residencia legal e ininterrumpida (si los permisos obtenidos computan a tal efecto)
timeline-holding-reachable = Se cumplen tres años de titularidad ininterrumpida del permiso para víctimas de trata: puede solicitarse el permiso no temporal (si los permisos indicados son toda la titularidad)

## Por qué la persona se considera menor o no (para quien lleva el caso)

child-basis-age =
    { $age ->
        [one] tiene { $age } año de edad en la fecha de la evaluación (según su fecha de nacimiento)
       *[other] tiene { $age } años de edad en la fecha de la evaluación (según su fecha de nacimiento)
    }
child-basis-no-as-of = se conoce la fecha de nacimiento, pero no la fecha de la evaluación (asOf)
child-basis-assessed = una evaluación de la edad determinó una edad de entre { $min } y { $max } años
child-basis-assessed-presumed = una evaluación de la edad determinó una edad de entre { $min } y { $max } años, un intervalo que incluye edades inferiores a 18 años: se presume que la persona es menor
child-basis-claimed = la persona afirma tener { $claimed } años
child-basis-claimed-disputed = la persona afirma tener { $claimed } años; su edad se discute y, mientras haya dudas, se presume que es menor
child-basis-unknown = no se indica la fecha de nacimiento ni la edad

## El resultado de una vía según otra interpretación de la ley (para quien lleva el caso)

pathway-alternative =
    { $count ->
        [one] Este resultado se basa en { $provisions }, cuyo texto no se ha verificado. Si no se aplicara tal como se ha incorporado aquí, esta vía sería: { $state }.
       *[other] Este resultado se basa en { $provisions }, cuyos textos no se han verificado. Si no se aplicaran tal como se han incorporado aquí, esta vía sería: { $state }.
    }

## El archivo de calendario (.ics): sus propias palabras en torno a las de la cronología

ics-calendar-name = Vías de protección: fechas ({ $jurisdiction })
ics-summary-protected-until = Protección hasta: { $label }
ics-reminder =
    { $days ->
        [one] Dentro de { $days } día: { $label }
       *[other] Dentro de { $days } días: { $label }
    }
ics-another-reading = Otra interpretación: { $date } ({ $reading })
ics-note = Nota: { $text }
ics-source = Fuente: { $instrument }, { $article } ({ $url })
ics-status = Estado: { $status }.
ics-status-earliest = Estado: { $status }. Es la primera fecha posible.
ics-disclaimer = Orientación de protection-pathways, no asesoramiento jurídico: compruebe la fecha con un abogado.

## Las palabras propias del widget (para quien lleva el caso y rellena el formulario)

widget-section-person = La persona
widget-section-identification = Identificación como víctima
widget-section-stay = Estancia y residencia
widget-section-cooperation = Cooperación con las autoridades
widget-section-risks = Necesidades, riesgos y temores
widget-section-dates = Fechas
widget-age-from = Desde (años)
widget-age-to = Hasta (años)
widget-countries-hint = Códigos de país (ISO 3166-1, dos letras), separados por comas: NG, RO.
widget-permits-hint = Una entrada por permiso de residencia: su nombre tal como figura en él, y el primer y el último día de validez. Deje la lista vacía si no lo sabe.
widget-permits-record = Estos permisos del expediente no se pueden mostrar aquí por completo, así que no se pueden modificar aquí: corríjalos en el expediente.
widget-permit-n = Permiso { $n }
widget-permit-scheme = Tipo de permiso (tal como figura en el documento)
widget-permit-from = Válido desde
widget-permit-until = Válido hasta (último día)
widget-permit-add = Añadir un permiso
widget-permit-remove = Quitar el permiso { $n }
widget-reasons = Motivos y fuentes
widget-secondary = solo fuente secundaria
widget-unverified = sin verificar
widget-today = hoy
widget-days-left =
    { $days ->
        [one] Queda { $days } día
       *[other] Quedan { $days } días
    }
widget-days-ago =
    { $days ->
        [one] Hace { $days } día
       *[other] Hace { $days } días
    }
widget-overdue =
    { $days ->
        [one] Plazo vencido hace { $days } día
       *[other] Plazo vencido hace { $days } días
    }
widget-no-act-by = ninguna
widget-announce = Resultados actualizados. Vías disponibles: { $available }; posibles: { $possible }; próxima fecha límite para actuar: { $next }.
widget-actions = Acciones
widget-print = Imprimir
widget-download-ics = Descargar plazos (.ics)
widget-copy-json = Copiar como JSON
widget-copied = La evaluación se ha copiado como JSON.
widget-copy-failed = El navegador no ha permitido copiar.
widget-error = No se ha podido evaluar: { $message } (campo: { $field })

## The law's words in this language: where a text comes from
translation-unreviewed = traducción aún no revisada
translation-official = texto literal de la ley
translation-note = Los textos jurídicos fueron traducidos por este proyecto y aún no han sido revisados por un hablante nativo; en caso de discrepancia, prevalece el texto de la ley.
holiday-substitute = { $name } (día sustitutorio)
