package no.samvirke.intake.web;

import java.util.ArrayList;
import java.util.List;
import no.samvirke.intake.AnonymisedDescriptionIntake.Finding;

/**
 * The reporter's anonymised text cut into pieces, each finding of the detector its own piece with
 * the message key saying what it looks like, so that the page can highlight it ({@code <mark>}).
 */
record MarkedText(List<Piece> pieces) {

    record Piece(String text, String messageKey, boolean hard) {
        public boolean marked() {
            return messageKey != null;
        }
    }

    static MarkedText of(String text, List<Finding> findings) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Finding f : findings) {
            if (f.start() > at) {
                pieces.add(new Piece(text.substring(at, f.start()), null, false));
            }
            pieces.add(new Piece(text.substring(f.start(), f.end()), f.messageKey(), f.hard()));
            at = f.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, false));
        }
        return new MarkedText(List.copyOf(pieces));
    }

    public boolean hasFindings() {
        return pieces.stream().anyMatch(Piece::marked);
    }
}
