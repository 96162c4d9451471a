package org.rapport.report;

/** HTML text escaping: everything a report quotes from a transcript, file name or engine goes through here. */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values alike. */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // control characters other than tab and line breaks have no place in a report
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') sb.append('\uFFFD');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
