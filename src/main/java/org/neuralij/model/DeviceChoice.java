package org.neuralij.model;

import ai.djl.Device;

/** The device a model runs on, and what to tell the user about the choice (empty when nothing needs saying). */
public record DeviceChoice(Device device, String message) {
}
