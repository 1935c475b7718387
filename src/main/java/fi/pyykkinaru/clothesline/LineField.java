package fi.pyykkinaru.clothesline;

/** The fields of a line's form (and members of a line in the set-up file), so a problem is shown where it is. */
public enum LineField {
    CODE, KIND, PROMPT_FI, PROMPT_SV, PROMPT_EN, HELP_FI, HELP_SV, HELP_EN, THEMED
}
