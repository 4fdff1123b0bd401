package org.customerhub.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes a failure for the log without its messages: database and index errors quote the values they choked
 * on, and those values are customers' personal data. Class names and where it happened are enough to start.
 */
public final class Failures {
    private Failures() {
    }

    public static String describe(Throwable failure) {
        List<String> chain = new ArrayList<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && chain.size() < 8; t = t.getCause()) {
            chain.add(t.getClass().getName());
            root = t;
        }
        StringBuilder out = new StringBuilder(String.join(" <- ", chain));
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(6, frames.length); i++) out.append("\n\tat ").append(frames[i]);
        return out.toString();
    }
}
