package com.payorcontracts.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.payorcontracts.transparency.TableOfContentsReader.FileLocation;
import com.payorcontracts.transparency.TableOfContentsReader.Plan;
import com.payorcontracts.transparency.TableOfContentsReader.ReportingStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CMS table-of-contents example, read in place. */
class TableOfContentsReaderTest {

    @Test
    void listsEachStructuresPlansAndInNetworkFiles() throws IOException {
        List<ReportingStructure> structures = new ArrayList<>();
        var header = TableOfContentsReader.read(
                new ByteArrayInputStream(TestFiles.bytes(TestFiles.TABLE_OF_CONTENTS)), structures::add);

        assertThat(header.reportingEntityName()).isEqualTo("medicare");
        assertThat(header.version()).isEqualTo("2.0.0");
        assertThat(header.lastUpdatedOn()).isEqualTo("2023-04-19");
        // Two structures: medicaid + medicare with two in-network files, chip with one.
        assertThat(structures).hasSize(2);
        assertThat(structures.get(0).plans()).extracting(Plan::planName, Plan::planId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("medicaid", "1111111111"),
                        org.assertj.core.groups.Tuple.tuple("medicare", "000000000"));
        assertThat(structures.get(0).inNetworkFiles()).extracting(FileLocation::location).containsExactly(
                "https://www.some_site.com/files/in-network-file-123456.json",
                "https://www.some_site.com/files/behavioral-health-0000.json");
        assertThat(structures.get(0).allowedAmountFile().location())
                .isEqualTo("https://www.some_site.com/files/allowed-amount-file-987665.json");
        assertThat(structures.get(1).plans()).extracting(Plan::planName, Plan::planMarketType, Plan::issuerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chip", "group", "CMS"));
        assertThat(structures.get(1).inNetworkFiles()).extracting(FileLocation::description, FileLocation::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("in-network file",
                        "https://www.some_site.com/files/chip-in-network-file.json"));
    }

    @Test
    void aGzipTableReadsLikeThePlainOne() throws IOException {
        byte[] plain = TestFiles.bytes(TestFiles.TABLE_OF_CONTENTS);
        assertThat(TableOfContentsReader.readAll(new ByteArrayInputStream(TestFiles.gzip(plain))))
                .isEqualTo(TableOfContentsReader.readAll(new ByteArrayInputStream(plain)));
    }
}
