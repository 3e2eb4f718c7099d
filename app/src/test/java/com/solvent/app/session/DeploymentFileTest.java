package com.solvent.app.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A deployment file a user wrote by hand: every fault is named with the file and the field or position. */
class DeploymentFileTest {
    private static final String VENUE = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";
    private static final String MULTICALL = "0xcA11bde05977b3631167028862bE2a173976CA11";
    private static final String FEED = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return write("dep.json", json);
    }

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private static String deployment(String without) {
        StringBuilder json = new StringBuilder("{\n");
        String[][] fields = {
                {"chainId", "31337"}, {"venue", '"' + VENUE + '"'}, {"multicall3", '"' + MULTICALL + '"'},
                {"tokens", "{}"}, {"priceFeeds", "{\"ETH\": \"" + FEED + "\"}"}, {"markets", "[\"ETH-PERP\"]"},
                {"accounts", "[]"}};
        for (String[] field : fields) {
            if (!field[0].equals(without)) {
                json.append("  \"").append(field[0]).append("\": ").append(field[1]).append(",\n");
            }
        }
        json.setLength(json.length() - 2);
        return json.append("\n}\n").toString();
    }

    @Test
    void aCompleteFileIsRead() throws IOException {
        var info = DeploymentFile.read(write(deployment("")));

        assertThat(info.chainId()).isEqualTo(31337);
        assertThat(info.venue()).isEqualTo(VENUE);
        assertThat(info.priceFeeds()).containsEntry("ETH", FEED);
    }

    @Test
    void aMissingFieldIsNamedNotReportedAsANullMap() throws IOException {
        Path file = write(deployment("priceFeeds"));

        assertThatThrownBy(() -> DeploymentFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dep.json")
                .hasMessageContaining("missing priceFeeds")
                .hasMessageNotContaining("null");
    }

    @Test
    void severalMissingFieldsAreNamedTogether() throws IOException {
        Path file = write("{\"chainId\": 1}");

        assertThatThrownBy(() -> DeploymentFile.read(file))
                .hasMessageContaining("missing venue, multicall3, priceFeeds, tokens, markets, accounts");
    }

    @Test
    void aFileThatIsNotAnObjectOrNotJsonIsNamedWithItsPosition() throws IOException {
        Path array = write("array.json", "[1, 2]");
        Path broken = write(deployment("").replace("\"venue\":", "\"venue\""));

        assertThatThrownBy(() -> DeploymentFile.read(array)).hasMessageContaining("array.json: must be a JSON object");
        assertThatThrownBy(() -> DeploymentFile.read(broken)).hasMessageContaining("dep.json line 3 column");
    }
}
