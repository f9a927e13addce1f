package no.samvirke.sharing;

/** What a case participant adds; the source and author come from the signed-in user. */
public record NewInformation(InformationKind kind, String text, Grading grading) {

    public static final int TEXT_MAX = 4000;
}
