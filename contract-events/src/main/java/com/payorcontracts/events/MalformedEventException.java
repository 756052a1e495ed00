package com.payorcontracts.events;

/** A record on a topic that cannot be read as the event its headers announce. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
