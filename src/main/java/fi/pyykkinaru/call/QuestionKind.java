package fi.pyykkinaru.call;

/**
 * How a call's question is answered. {@code CONTACT} is the responsible person's name, organisation, e-mail and
 * phone as separate fields (kept on the proposal itself, not as an answer); {@code CONSENT} is a yes that must be
 * given, such as accepting a takeover's criteria.
 */
public enum QuestionKind {
    SHORT_TEXT, LONG_TEXT, CHOICE, YES_NO, CONSENT, CONTACT
}
