package com.solvent.app.fx;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The workstation's colour themes. Each is the shared tokens, the theme's own token values and
 * the component stylesheet, all from the {@code styles} module; Java code never sets a colour.
 */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private static final String BASE = "/com/solvent/styles/";

    private final String tokens;

    Theme(String tokens) {
        this.tokens = tokens;
    }

    /** Stylesheet URLs in cascade order: palette, theme tokens, components, the risk desk's components. */
    public List<String> stylesheets() {
        return List.of(url("tokens.css"), url(tokens), url("solvent.css"), url("desk.css"));
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    private static String url(String name) {
        URL url = Objects.requireNonNull(Theme.class.getResource(BASE + name),
                () -> "stylesheet " + BASE + name + " missing from the classpath (styles module)");
        return url.toExternalForm();
    }
}
