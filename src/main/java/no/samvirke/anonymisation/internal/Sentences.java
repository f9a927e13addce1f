package no.samvirke.anonymisation.internal;

/** Where sentences start, as far as a name detector needs to know. */
final class Sentences {

    private static final String OPENERS = "\"'«»“”‘’([-–—•* \t";

    private Sentences() {
    }

    /** True when only spaces, quotes or dashes lie between {@code index} and the text's start or a sentence end. */
    static boolean startsAt(String text, int index) {
        int i = index - 1;
        while (i >= 0 && OPENERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?:;\n\r".indexOf(text.charAt(i)) >= 0;
    }
}
