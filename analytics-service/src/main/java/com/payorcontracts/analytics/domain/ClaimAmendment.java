package com.payorcontracts.analytics.domain;

/**
 * What a claim arriving under a known or unknown key (payor + claim id) does, by its frequency code,
 * the state of the claim stored under that key and which stored version, if any, has the same content.
 *
 * <p>Sending the same thing twice never changes anything, whatever came in between: an original that
 * repeats the first version, a replacement that repeats any version (the current one or one it
 * replaced) and a void of a voided claim are duplicates. So a claim file holding an original, its
 * replacement and its void can be uploaded again and counts nothing twice. The price: a replacement
 * cannot restore an earlier version's exact content (it is read as a resend); a billing system that
 * means to revert sends the reverted content with any field changed, or a new claim.
 */
public final class ClaimAmendment {

    /** The claim stored under the key. */
    public enum Stored {
        /** no claim under this key */
        NONE,
        /** stored, in force */
        ACTIVE,
        /** stored, voided */
        VOIDED
    }

    /** Which stored version has the incoming content (compared field by field, frequency code aside). */
    public enum SameAs {
        /** none: the content is new */
        NONE,
        /** the version in force (or, for a voided claim, the one voided) */
        CURRENT,
        /** the first version, since replaced */
        FIRST,
        /** a later version, since replaced */
        EARLIER
    }

    /** What to do. */
    public enum Action {
        /** store a new claim */
        CREATE,
        /** nothing: this was stored already */
        DUPLICATE,
        /** nothing: the key holds other content and this claim may not change it */
        CONFLICT,
        /** keep the current version in history and store this one in its place */
        REPLACE,
        /** keep the current version in history and void the claim */
        VOID,
        /** nothing: a replacement or void names a claim that was never stored */
        UNKNOWN_CLAIM
    }

    private ClaimAmendment() {
    }

    /** The action for a claim with {@code frequency} arriving where {@code stored} is, its content {@code sameAs}. */
    public static Action decide(ClaimFrequency frequency, Stored stored, SameAs sameAs) {
        if (stored == Stored.NONE) {
            return frequency == ClaimFrequency.ORIGINAL ? Action.CREATE : Action.UNKNOWN_CLAIM;
        }
        return switch (frequency) {
            // An original again: a resend of the first version (before or after corrections) is harmless;
            // any other content under a known key is a conflict, as it always was: a claim changes only by a 7.
            case ORIGINAL -> sameAs == SameAs.CURRENT || sameAs == SameAs.FIRST ? Action.DUPLICATE : Action.CONFLICT;
            case REPLACEMENT -> {
                if (sameAs != SameAs.NONE) {
                    yield Action.DUPLICATE;
                }
                // A voided claim stays voided: the billing system sends a new claim id for a new claim.
                yield stored == Stored.VOIDED ? Action.CONFLICT : Action.REPLACE;
            }
            // A void cancels whatever the claim holds now; its lines only repeat the claim's.
            case VOID -> stored == Stored.VOIDED ? Action.DUPLICATE : Action.VOID;
        };
    }
}
