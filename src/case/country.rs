//! Country codes: ISO 3166-1 alpha-2, as the case records citizenship, and the alpha-3 codes an
//! HTCDS record may hold instead (`prs_Citizenship`: "two-letter country codes optional").
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

/// ISO 3166-1 alpha-3 codes with their alpha-2 (`NGA:NG`), the same list (and `XKX` for Kosovo,
/// as the EU writes it), sorted by the alpha-3 code: HTCDS allows either form ("Use ISO 3166
/// country codes standard (two-letter country codes optional)").
const ALPHA3: [&str; 21] = [
    "ABW:AW AFG:AF AGO:AO AIA:AI ALA:AX ALB:AL AND:AD ARE:AE ARG:AR ARM:AM ASM:AS ATA:AQ",
    "ATF:TF ATG:AG AUS:AU AUT:AT AZE:AZ BDI:BI BEL:BE BEN:BJ BES:BQ BFA:BF BGD:BD BGR:BG",
    "BHR:BH BHS:BS BIH:BA BLM:BL BLR:BY BLZ:BZ BMU:BM BOL:BO BRA:BR BRB:BB BRN:BN BTN:BT",
    "BVT:BV BWA:BW CAF:CF CAN:CA CCK:CC CHE:CH CHL:CL CHN:CN CIV:CI CMR:CM COD:CD COG:CG",
    "COK:CK COL:CO COM:KM CPV:CV CRI:CR CUB:CU CUW:CW CXR:CX CYM:KY CYP:CY CZE:CZ DEU:DE",
    "DJI:DJ DMA:DM DNK:DK DOM:DO DZA:DZ ECU:EC EGY:EG ERI:ER ESH:EH ESP:ES EST:EE ETH:ET",
    "FIN:FI FJI:FJ FLK:FK FRA:FR FRO:FO FSM:FM GAB:GA GBR:GB GEO:GE GGY:GG GHA:GH GIB:GI",
    "GIN:GN GLP:GP GMB:GM GNB:GW GNQ:GQ GRC:GR GRD:GD GRL:GL GTM:GT GUF:GF GUM:GU GUY:GY",
    "HKG:HK HMD:HM HND:HN HRV:HR HTI:HT HUN:HU IDN:ID IMN:IM IND:IN IOT:IO IRL:IE IRN:IR",
    "IRQ:IQ ISL:IS ISR:IL ITA:IT JAM:JM JEY:JE JOR:JO JPN:JP KAZ:KZ KEN:KE KGZ:KG KHM:KH",
    "KIR:KI KNA:KN KOR:KR KWT:KW LAO:LA LBN:LB LBR:LR LBY:LY LCA:LC LIE:LI LKA:LK LSO:LS",
    "LTU:LT LUX:LU LVA:LV MAC:MO MAF:MF MAR:MA MCO:MC MDA:MD MDG:MG MDV:MV MEX:MX MHL:MH",
    "MKD:MK MLI:ML MLT:MT MMR:MM MNE:ME MNG:MN MNP:MP MOZ:MZ MRT:MR MSR:MS MTQ:MQ MUS:MU",
    "MWI:MW MYS:MY MYT:YT NAM:NA NCL:NC NER:NE NFK:NF NGA:NG NIC:NI NIU:NU NLD:NL NOR:NO",
    "NPL:NP NRU:NR NZL:NZ OMN:OM PAK:PK PAN:PA PCN:PN PER:PE PHL:PH PLW:PW PNG:PG POL:PL",
    "PRI:PR PRK:KP PRT:PT PRY:PY PSE:PS PYF:PF QAT:QA REU:RE ROU:RO RUS:RU RWA:RW SAU:SA",
    "SDN:SD SEN:SN SGP:SG SGS:GS SHN:SH SJM:SJ SLB:SB SLE:SL SLV:SV SMR:SM SOM:SO SPM:PM",
    "SRB:RS SSD:SS STP:ST SUR:SR SVK:SK SVN:SI SWE:SE SWZ:SZ SXM:SX SYC:SC SYR:SY TCA:TC",
    "TCD:TD TGO:TG THA:TH TJK:TJ TKL:TK TKM:TM TLS:TL TON:TO TTO:TT TUN:TN TUR:TR TUV:TV",
    "TWN:TW TZA:TZ UGA:UG UKR:UA UMI:UM URY:UY USA:US UZB:UZ VAT:VA VCT:VC VEN:VE VGB:VG",
    "VIR:VI VNM:VN VUT:VU WLF:WF WSM:WS XKX:XK YEM:YE ZAF:ZA ZMB:ZM ZWE:ZW",
];

/// The alpha-2 code of an assigned ISO 3166-1 alpha-3 code (`NGA` → `NG`), or of `XKX`.
pub fn from_alpha3(code: &str) -> Option<&'static str> {
    if code.len() != 3 {
        return None;
    }
    ALPHA3
        .iter()
        .flat_map(|row| row.split(' '))
        .find_map(|pair| pair.strip_prefix(code)?.strip_prefix(':'))
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

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn reads_every_alpha3_code_as_its_alpha2() {
        let pairs: Vec<&str> = ALPHA3.iter().flat_map(|r| r.split(' ')).collect();
        assert_eq!(pairs.len(), 250);
        // Every alpha-2 is an accepted code, and each is reached once.
        let mut seen: Vec<&str> = pairs
            .iter()
            .filter_map(|p| p.split_once(':').map(|x| x.1))
            .collect();
        assert!(seen.iter().all(|c| is_country(c)));
        crate::sort::sort(&mut seen);
        seen.dedup();
        assert_eq!(seen.len(), 250);
        for (three, two) in [
            ("NGA", "NG"),
            ("AUT", "AT"),
            ("MDA", "MD"),
            ("SRB", "RS"),
            ("GBR", "GB"),
            ("XKX", "XK"),
            ("ZWE", "ZW"),
            ("ABW", "AW"),
        ] {
            assert_eq!(from_alpha3(three), Some(two), "{three}");
        }
        for code in ["NG", "nga", "XXX", "EUR", "", "NGAA", "NG:"] {
            assert_eq!(from_alpha3(code), None, "{code}");
        }
    }
}
