# Law words, ro: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Sărbători legale: Crăciunul, ziua Sfântului Ștefan, Ziua Sfântului Patrick, a doua zi de Paști, prima zi de luni din mai, din iunie și din august, ultima zi de luni din octombrie, 1 ianuarie și orice zi stabilită prin reglementare; din 2023, de asemenea, prima zi de luni din februarie sau 1 februarie atunci când aceasta este vineri.
calendar-incomplete = Înainte de 1996, sărbătoarea din mai (introdusă în 1994 și mutată în 1995) nu a fost verificată și este omisă.
holiday-new-year-name = Anul Nou
holiday-st-brigid-name = Ziua Sfintei Brigid
holiday-st-brigid-provision = Din 2023, prima zi de luni din februarie este sărbătoare legală, cu excepția cazului în care 1 februarie cade într-o zi de vineri, caz în care acea zi este sărbătoarea legală; prima a fost luni, 6 februarie 2023.
holiday-st-patrick-name = Ziua Sfântului Patrick
holiday-remembrance-2022-name = Ziua Comemorării și Recunoașterii
holiday-remembrance-2022-provision = Vineri, 18 martie 2022 a fost o sărbătoare legală unică, în semn de recunoaștere a eforturilor depuse în timpul pandemiei de COVID-19 și în memoria celor care au murit.
holiday-easter-monday-name = A doua zi de Paști
holiday-may-bank-holiday-name = Sărbătoarea bancară din mai
holiday-june-bank-holiday-name = Sărbătoarea bancară din iunie
holiday-august-bank-holiday-name = Sărbătoarea bancară din august
holiday-october-bank-holiday-name = Sărbătoarea bancară din octombrie
holiday-christmas-name = Crăciunul
holiday-st-stephen-name = A doua zi de Crăciun (Sfântul Ștefan)
holiday-millennium-1999-name = Sărbătoarea Mileniului
holiday-millennium-1999-provision = Vineri, 31 decembrie 1999 a fost aprobată ca sărbătoare legală oficială a Mileniului.
