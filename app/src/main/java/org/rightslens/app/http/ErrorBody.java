package org.rightslens.app.http;

/** The body of every error response. */
public record ErrorBody(String error) {}
