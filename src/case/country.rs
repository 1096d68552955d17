//! Country codes: ISO 3166-1 alpha-2, as HTCDS records citizenship (`prs_Citizenship`).
//!
//! The list is the one in Debian's `iso-codes` 4.15.0 (`/usr/share/iso-codes/json/iso_3166-1.json`,
//! 249 codes), plus `XK`, the user-assigned code that European authorities use for Kosovo.

/// Every accepted code, space-separated in rows (sorted).
const CODES: [&str; 11] = [
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI",
    "BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN",
    "CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK",
    "FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM",
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN",
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK",
    "ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP",
    "NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW",
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF",
    "TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI",
    "VN VU WF WS YE YT ZA ZM ZW",
];

/// Whether `code` is an assigned ISO 3166-1 alpha-2 code (or XK).
pub fn is_country(code: &str) -> bool {
    code.len() == 2 && (code == "XK" || CODES.iter().any(|row| row.split(' ').any(|c| c == code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn knows_the_assigned_codes() {
        let count: usize = CODES.iter().map(|r| r.split(' ').count()).sum();
        assert_eq!(count, 249);
        for code in ["AT", "NG", "MD", "RS", "GB", "XK", "ZW", "AD"] {
            assert!(is_country(code), "{code}");
        }
        for code in ["XX", "EU", "UK", "at", "A", "AUT", ""] {
            assert!(!is_country(code), "{code}");
        }
    }
}
