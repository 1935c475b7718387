package fi.pyykkinaru.event;

/**
 * Where a practice, a visitor or an answer comes from: Finland's 21 wellbeing services counties, the City
 * of Helsinki (which organises its own services), national, and abroad. Labels are {@code region.<NAME>}.
 */
public enum Region {
    ITA_UUSIMAA, KESKI_UUSIMAA, LANSI_UUSIMAA, VANTAA_KERAVA, HELSINKI,
    VARSINAIS_SUOMI, SATAKUNTA, KANTA_HAME, PIRKANMAA, PAIJAT_HAME, KYMENLAAKSO, ETELA_KARJALA,
    ETELA_SAVO, POHJOIS_SAVO, POHJOIS_KARJALA, KESKI_SUOMI, ETELA_POHJANMAA, POHJANMAA,
    KESKI_POHJANMAA, POHJOIS_POHJANMAA, KAINUU, LAPPI,
    NATIONAL, ABROAD;

    public String labelKey() {
        return "region." + name();
    }
}
