# Law words, fr: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Les jours fériés généralement reconnus sont le Jour de l'An, le lundi de Pâques, le lundi de Pentecôte, les deux jours de Noël, l'Ascension, le jour où l'anniversaire du Roi est célébré, et le 5 mai.
calendar-incomplete = Les jours assimilés à des jours fériés par arrêté royal (Atw art. 3(3)) sont encodés pour 2023–2028, années des arrêtés dont les listes ont été trouvées.
holiday-new-year-name = Jour de l'An
holiday-good-friday-name = Vendredi saint
holiday-good-friday-provision = Le Vendredi saint est assimilé aux jours fériés généralement reconnus au sens de la loi.
holiday-easter-monday-name = Lundi de Pâques
holiday-queens-day-name = Fête de la Reine (Koninginnedag)
holiday-queens-day-provision = L'anniversaire du Roi (de la Reine) a été célébré le 30 avril jusqu'en 2013.
holiday-kings-day-name = Fête du Roi (Koningsdag)
holiday-kings-day-provision = Depuis le 1er janvier 2014, le 27 avril est la Fête du Roi, sauf lorsqu'il tombe un dimanche : elle est alors célébrée la veille.
holiday-liberation-day-name = Fête de la Libération
holiday-liberation-day-provision = Le 5 mai est chaque année un jour férié généralement reconnu au sens de la loi.
holiday-ascension-name = Ascension
holiday-whit-monday-name = Lundi de Pentecôte
holiday-christmas-name = Noël
holiday-boxing-day-name = Deuxième jour de Noël
holiday-equated-days-name = Jour assimilé à un jour férié
holiday-equated-days-provision = La Couronne peut assimiler d'autres jours à des jours fériés par arrêté ; les arrêtés pour 2023–2025 et 2026–2028 assimilent les jours énumérés. Connus par les intitulés des arrêtés ; leurs textes n'ont pas été lus.
