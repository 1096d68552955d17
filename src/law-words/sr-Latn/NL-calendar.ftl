# Law words, sr-Latn: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Opšte priznati praznici su Nova godina, Uskršnji ponedeljak, Duhovski ponedeljak, oba dana Božića, Vaznesenje Gospodnje, dan kada se proslavlja kraljev rođendan i 5. maj.
calendar-incomplete = Dani izjednačeni sa praznicima kraljevskim dekretom (Atw art. 3(3)) uneti su za period 2023–2028, odnosno za godine obuhvaćene dekretima čiji su spiskovi pronađeni.
holiday-new-year-name = Nova godina
holiday-good-friday-name = Veliki petak
holiday-good-friday-provision = Veliki petak je za potrebe tog zakona izjednačen sa opšte priznatim praznicima.
holiday-easter-monday-name = Uskršnji ponedeljak
holiday-queens-day-name = Kraljičin dan
holiday-queens-day-provision = Kraljev (kraljičin) rođendan proslavljao se 30. aprila do 2013.
holiday-kings-day-name = Kraljev dan
holiday-kings-day-provision = Od 1. januara 2014. 27. april je Kraljev dan, osim kada pada u nedelju: tada se proslavlja dan ranije.
holiday-liberation-day-name = Dan oslobođenja
holiday-liberation-day-provision = 5. maj je svake godine opšte priznati praznik za potrebe tog zakona.
holiday-ascension-name = Vaznesenje Gospodnje
holiday-whit-monday-name = Duhovski ponedeljak
holiday-christmas-name = Božić
holiday-boxing-day-name = Drugi dan Božića
holiday-equated-days-name = Dan izjednačen sa praznikom
holiday-equated-days-provision = Kruna može dekretom izjednačiti i druge dane sa praznicima; dekreti za 2023–2025. i 2026–2028. izjednačavaju navedene dane. Poznato iz naslova dekreta; njihovi tekstovi nisu pročitani.
