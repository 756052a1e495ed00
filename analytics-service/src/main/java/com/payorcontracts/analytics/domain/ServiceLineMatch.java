package com.payorcontracts.analytics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Which line of a replacement claim continues which line of the version it replaces. Lines are
 * numbered by position, and a corrected claim often adds, drops or reorders services, so line 2 of
 * the replacement may be another service than line 2 of the original; work on an underpayment
 * (a review, an appeal) belongs to the service, not to the number.
 *
 * <p>A line continues as the first line of the replacement, not yet taken, that bills the same code
 * with the same modifiers on the same date of service; failing that (a corrected modifier is a
 * common reason to replace a claim) the same code on the same date. Earlier lines choose first. A
 * line with neither has ended: the replacement no longer bills that service.
 */
public final class ServiceLineMatch {

    /** What identifies a billed service on a claim: code, modifiers (as stored), date of service. */
    public record Service(String code, String modifiers, LocalDate dateOfService) {
    }

    /** No line of the replacement continues this one. */
    public static final int ENDED = 0;

    private ServiceLineMatch() {
    }

    /**
     * For each line of {@code before} (in order), the number (from 1) of the line of {@code after}
     * that continues it, or {@link #ENDED}. No line of {@code after} continues two lines.
     */
    public static int[] continuedAs(List<Service> before, List<Service> after) {
        int[] continued = new int[before.size()];
        boolean[] taken = new boolean[after.size()];
        for (int i = 0; i < before.size(); i++) {
            continued[i] = take(before.get(i), after, taken, true);
        }
        for (int i = 0; i < before.size(); i++) {
            if (continued[i] == ENDED) {
                continued[i] = take(before.get(i), after, taken, false);
            }
        }
        return continued;
    }

    private static int take(Service service, List<Service> after, boolean[] taken, boolean withModifiers) {
        for (int j = 0; j < after.size(); j++) {
            Service candidate = after.get(j);
            if (!taken[j] && candidate.code().equals(service.code())
                    && candidate.dateOfService().equals(service.dateOfService())
                    && (!withModifiers || Objects.equals(candidate.modifiers(), service.modifiers()))) {
                taken[j] = true;
                return j + 1;
            }
        }
        return ENDED;
    }

    /** The line numbers (from 1) of {@code before} that no line continues. */
    public static int[] ended(int[] continuedAs) {
        return IntStream.range(0, continuedAs.length)
                .filter(i -> continuedAs[i] == ENDED).map(i -> i + 1).toArray();
    }
}
