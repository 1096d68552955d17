# Law words, fr: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Jours fériés : le jour de Noël, la Saint-Étienne, la Saint-Patrick, le lundi de Pâques, le premier lundi de mai, de juin et d'août, le dernier lundi d'octobre, le 1er janvier, et tout jour fixé par règlement ; depuis 2023, également le premier lundi de février, ou le 1er février lorsque celui-ci tombe un vendredi.
calendar-incomplete = Avant 1996, le jour férié de mai (instauré en 1994 et déplacé en 1995) n'a pas été vérifié et est omis.
holiday-new-year-name = Jour de l'An
holiday-st-brigid-name = Sainte-Brigide
holiday-st-brigid-provision = Depuis 2023, le premier lundi de février est un jour férié, sauf lorsque le 1er février tombe un vendredi, auquel cas c'est ce jour qui est férié ; le premier a été le lundi 6 février 2023.
holiday-st-patrick-name = Saint-Patrick
holiday-remembrance-2022-name = Journée du souvenir et de la reconnaissance
holiday-remembrance-2022-provision = Le vendredi 18 mars 2022 a été un jour férié exceptionnel en reconnaissance des efforts fournis pendant la pandémie de COVID-19 et en souvenir des personnes décédées.
holiday-easter-monday-name = Lundi de Pâques
holiday-may-bank-holiday-name = Jour férié de mai (May Bank Holiday)
holiday-june-bank-holiday-name = Jour férié de juin (June Bank Holiday)
holiday-august-bank-holiday-name = Jour férié d'août (August Bank Holiday)
holiday-october-bank-holiday-name = Jour férié d'octobre (October Bank Holiday)
holiday-christmas-name = Noël
holiday-st-stephen-name = Saint-Étienne
holiday-millennium-1999-name = Jour férié du millénaire
holiday-millennium-1999-provision = Le vendredi 31 décembre 1999 a été approuvé comme jour férié officiel du millénaire.
