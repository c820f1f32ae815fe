package org.cthub.app.linkage;

import java.util.List;

/**
 * A list that cannot be linked, said in the user's words: a message key of {@code messages/linkage} and its
 * arguments (file, row, field, what would be accepted). Never carries a value from the file.
 */
final class LinkageInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    LinkageInputException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
