# Law words, ro: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Sărbătorile general recunoscute sunt Anul Nou, a doua zi de Paști, a doua zi de Rusalii, ambele zile de Crăciun, Înălțarea Domnului, ziua în care se sărbătorește ziua de naștere a Regelui și 5 mai.
calendar-incomplete = Zilele asimilate sărbătorilor prin decret regal (Atw art. 3(3)) sunt codificate pentru 2023–2028, anii decretelor ale căror liste au fost găsite.
holiday-new-year-name = Anul Nou
holiday-good-friday-name = Vinerea Mare
holiday-good-friday-provision = Vinerea Mare este asimilată sărbătorilor general recunoscute în sensul Legii.
holiday-easter-monday-name = A doua zi de Paști
holiday-queens-day-name = Ziua Reginei
holiday-queens-day-provision = Ziua de naștere a Regelui (Reginei) s-a sărbătorit la 30 aprilie până în 2013.
holiday-kings-day-name = Ziua Regelui
holiday-kings-day-provision = De la 1 ianuarie 2014, 27 aprilie este Ziua Regelui, cu excepția cazului în care cade într-o duminică: atunci se sărbătorește în ziua precedentă.
holiday-liberation-day-name = Ziua Eliberării
holiday-liberation-day-provision = 5 mai este sărbătoare general recunoscută în sensul Legii, în fiecare an.
holiday-ascension-name = Înălțarea Domnului
holiday-whit-monday-name = A doua zi de Rusalii
holiday-christmas-name = Crăciunul
holiday-boxing-day-name = A doua zi de Crăciun
holiday-equated-days-name = Zi asimilată unei sărbători
holiday-equated-days-provision = Coroana poate asimila prin decret alte zile sărbătorilor; decretele pentru 2023–2025 și 2026–2028 asimilează zilele enumerate. Cunoscute din titlurile decretelor; textele acestora nu au fost citite.
