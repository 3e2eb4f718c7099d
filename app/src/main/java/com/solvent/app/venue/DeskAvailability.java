package com.solvent.app.venue;

/** Whether the risk desk has a venue to inspect. */
public enum DeskAvailability {
    /** The session is still opening (the devnet starting, a node connecting). */
    OPENING,
    /** The session cannot scan its venue: it reads only the watched accounts. */
    UNAVAILABLE,
    /** A venue feed is followed. */
    AVAILABLE;

    /** The plain statement every desk view shows when there is no venue scan. */
    public static final String UNAVAILABLE_TITLE = "Venue scan not available for this session";

    /** Why, and what to do instead, for {@code session} (its one-line description). */
    public static String unavailableDetail(String session) {
        return "This session (" + session + ") reads only the accounts you watch. The risk desk needs every "
                + "account of the venue: start with --offline [FILE] to inspect a portfolio file.";
    }
}
