package org.neuralij.ij;

import org.junit.jupiter.api.Test;
import org.neuralij.task.ImageCommand;
import org.neuralij.task.ImageCommands;
import org.neuralij.task.InstallModel;
import org.neuralij.task.Segment;
import org.neuralij.task.SegmentOutput;
import org.neuralij.task.Translate;
import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyKind;
import org.neuralij.task.keys.KeyValues;
import org.neuralij.task.train.TrainKeys;
import org.neuralij.task.train.TrainRequest;
import org.neuralij.task.train.TrainingTask;
import org.scijava.plugin.Parameter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every front end follows the one declaration of a command's keys: plugins.config lists every image command, the
 * SciJava commands have a field per key with the key's default and choices, and a macro line written from a
 * command's values reads back as the same values.
 */
class CommandSchemaTest {

    private static final Map<Class<?>, ImageCommand<?>> SCIJAVA = Map.of(GenerateImagesCommand.class, ImageCommands.titled("Generate Images"), RunModelCommand.class, ImageCommands.titled("Run Model"),
            SuperResolutionCommand.class, ImageCommands.titled("Super-Resolution"), RestoreImageCommand.class, ImageCommands.titled("Restore Image"),
            InpaintCommand.class, ImageCommands.titled("Inpaint"), ColorizeCommand.class, ImageCommands.titled("Colorize"),
            SegmentCommand.class, ImageCommands.titled("Segment"), TranslateCommand.class, ImageCommands.titled("Translate (CycleGAN)"),
            StyleTransferCommand.class, ImageCommands.titled("Style Transfer"));

    @Test
    void pluginsConfigListsEveryImageCommandUnderItsMenuLabel() throws IOException {
        String config;
        try (InputStream in = ImageCommandPlugin.class.getResourceAsStream("/plugins.config")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (ImageCommand<?> command : ImageCommands.ALL) {
            String line = "Plugins>NeuralIJ, \"" + command.menuLabel() + "\", org.neuralij.ij.ImageCommandPlugin(\"" + command.title() + "\")";
            assertTrue(config.contains(line), "plugins.config lacks: " + line);
        }
        assertEquals(SCIJAVA.size(), ImageCommands.ALL.size(), "a SciJava command for every image command");
    }

    @Test
    void everySciJavaCommandHasAFieldForEachKeyWithItsDefaultAndChoices() throws Exception {
        for (Map.Entry<Class<?>, ImageCommand<?>> entry : SCIJAVA.entrySet()) {
            Object command = entry.getKey().getDeclaredConstructor().newInstance();
            Map<String, String> fieldNames = ((CommandBase) command).fieldNames();
            List<String> missing = new ArrayList<>();
            for (Key<?> key : entry.getValue().keys()) {
                Field field = SciJavaKeys.field(command.getClass(), fieldNames.getOrDefault(key.name(), key.name())).orElse(null);
                if (field == null) {
                    missing.add(key.name());
                    continue;
                }
                assertSameDefault(entry.getKey().getSimpleName(), key, field.get(command));
                String[] choices = field.getAnnotation(Parameter.class).choices();
                if (key.kind() == KeyKind.CHOICE && choices.length > 0) {
                    assertEquals(key.choices(), Arrays.asList(choices), entry.getKey().getSimpleName() + " " + key.name() + "= choices");
                }
            }
            List<String> allowed = entry.getKey() == StyleTransferCommand.class ? List.of("preview") : List.of();
            assertEquals(allowed, missing, entry.getKey().getSimpleName() + ": keys without a field");
        }
    }

    @Test
    void trainModelsSciJavaFieldsAreItsKeysAndItsTasksAreTheTrainableOnes() throws Exception {
        TrainModelCommand command = new TrainModelCommand();
        for (Key<?> key : TrainKeys.ALL) {
            Field field = SciJavaKeys.field(TrainModelCommand.class, key.name()).orElseThrow(() -> new AssertionError("no field for " + key.name() + "="));
            if (key != TrainKeys.NAME && key != TrainKeys.ARCHITECTURE) assertSameDefault("TrainModelCommand", key, field.get(command));
        }
        Field task = SciJavaKeys.field(TrainModelCommand.class, "task").orElseThrow();
        assertEquals(TrainingTask.keys(), Arrays.asList(task.getAnnotation(Parameter.class).choices()));
        assertEquals(TrainingTask.keys(), TrainKeys.TASK.choices());
    }

    private static void assertSameDefault(String where, Key<?> key, Object fieldValue) {
        Object expected = key.defaultValue();
        if (expected == null || fieldValue == null) return;
        if (expected instanceof Number number) assertEquals(number.doubleValue(), ((Number) fieldValue).doubleValue(), 1e-6, where + " " + key.name() + "=");
        else if (expected instanceof Enum<?>) assertEquals(write(key, expected), fieldValue.toString(), where + " " + key.name() + "=");
        else assertEquals(expected, fieldValue, where + " " + key.name() + "=");
    }

    @SuppressWarnings("unchecked")
    private static <T> String write(Key<T> key, Object value) {
        return key.write((T) value);
    }

    @Test
    void aMacroLineWrittenFromValuesReadsBackAsTheSameValues() {
        KeyValues translate = Translate.COMMAND.defaults().with(Translate.DIRECTION, org.neuralij.model.Direction.B_TO_A).with(Translate.RECONSTRUCT, true)
                .with(Translate.MODEL, "my model");
        String options = translate.macroOptions();
        assertEquals("model=[my model] direction=B_to_A reconstruct tile=0 overlap=0 device=auto", options);
        KeyValues read = MacroKeys.read(Translate.COMMAND.keys(), options);
        for (Key<?> key : Translate.COMMAND.keys()) assertEquals(translate.get(key), read.get(key), key.name());
    }

    @Test
    void trainModelReadsMasksAsTargetsAndLeavesTheArchitectureToTheTask() {
        KeyValues values = MacroKeys.read(TrainKeys.ALL, "task=segment images=[/data/im] masks=[/data/masks] name=cells");
        TrainRequest request = TrainKeys.request(values);
        assertEquals(Path.of("/data/masks"), request.targets());
        assertEquals("unet", request.architecture(), "the dialog's 'default' and a macro without architecture= both mean the task's");
        assertEquals("unet", TrainKeys.request(MacroKeys.read(TrainKeys.ALL, "task=segment images=[/i] masks=[/m] name=c architecture=default")).architecture());
        assertEquals("dncnn", TrainKeys.request(MacroKeys.read(TrainKeys.ALL, "images=[/i] name=c")).architecture());
        assertEquals("rot90,noise=0-0.1", TrainKeys.request(MacroKeys.read(TrainKeys.ALL, "images=[/i] name=c augment=[rot90,noise=0-0.1]")).augmentation().spec());
    }

    @Test
    void wrongValuesAreRefusedNamingTheKeyAndWhatItTakes() {
        assertEquals("output=outlines is not known: use output=labels, output=probabilities or output=rois.",
                assertThrows(IllegalArgumentException.class, () -> MacroKeys.read(Segment.COMMAND.keys(), "output=outlines")).getMessage());
        assertEquals("tile=big is not a whole number: write e.g. tile=0.",
                assertThrows(IllegalArgumentException.class, () -> MacroKeys.read(Segment.COMMAND.keys(), "tile=big")).getMessage());
        assertEquals("epochs=0 is too small: give at least 1 (e.g. epochs=10).",
                assertThrows(IllegalArgumentException.class, () -> MacroKeys.read(TrainKeys.ALL, "epochs=0")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MacroKeys.read(Segment.COMMAND.keys(), "device=tpu")).getMessage()
                .contains("use auto, cpu or gpu"));
        assertEquals(SegmentOutput.ROIS, MacroKeys.read(Segment.COMMAND.keys(), "output=ROIS").get(Segment.OUTPUT));
        assertTrue(MacroKeys.read(InstallModel.KEYS, "").get(InstallModel.SOURCE).isEmpty());
    }

    @Test
    void aKeyWhoseLabelWouldRecordAnotherNameCannotBeDeclared() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Key.text("crappify", "Degradation spec", ""));
        assertTrue(wrong.getMessage().contains("must start with its name"), wrong.getMessage());
    }
}
