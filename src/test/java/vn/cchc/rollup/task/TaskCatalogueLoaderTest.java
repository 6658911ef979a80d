package vn.cchc.rollup.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.PlanLoader;

class TaskCatalogueLoaderTest {

    private static final Path SHIPPED = Path.of("input/plans");

    @Test
    void soNgoaiVuHasTheFortyFourTasksOfItsAppendix() {
        TaskCatalogue catalogue = TaskCatalogueLoader.load(SHIPPED);
        Agency ngoaiVu = PlanLoader.load(SHIPPED).agency("SO-NGOAIVU").orElseThrow();

        List<PlanTask> tasks = catalogue.tasksFor(ngoaiVu);

        assertThat(tasks).hasSize(44);
        assertThat(tasks.get(0).code()).isEqualTo("2.1");
        assertThat(tasks.get(43).code()).isEqualTo("2.44");
        assertThat(tasks).extracting(PlanTask::code).doesNotHaveDuplicates();
        assertThat(catalogue.warnings()).isEmpty();
    }

    @Test
    void rowsAreTranscribedExactly() {
        TaskCatalogue catalogue = TaskCatalogueLoader.load(SHIPPED);

        PlanTask inspection = task(catalogue, "SO-NGOAIVU", "2.10");
        assertThat(inspection.areaCode()).isEqualTo("CDDH");
        assertThat(inspection.objective())
                .isEqualTo("1.3. 100% các phòng, đơn vị trực thuộc được kiểm tra CCHC trong năm 2026");
        assertThat(inspection.task()).isEqualTo("Kiểm tra CCHC tại các phòng, đơn vị theo Kế hoạch");
        assertThat(inspection.product())
                .isEqualTo("Kế hoạch, Công văn, Báo cáo kết quả kiểm tra, Biên bản kiểm tra, Văn bản chỉ đạo");
        assertThat(inspection.lead()).isEqualTo("Văn phòng");
        assertThat(inspection.cooperating()).isEqualTo("Các phòng chuyên môn, đơn vị trực thuộc");
        assertThat(inspection.deadline().written()).isEqualTo("Quý II, III/2026");
        assertThat(inspection.deadline().date()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(inspection.budget()).isEqualTo("Theo dự toán được cấp");

        PlanTask structure = task(catalogue, "SO-NGOAIVU", "2.23");
        assertThat(structure.areaCode()).isEqualTo("TCBM");
        assertThat(structure.task()).isEqualTo("Quản lý, sử dụng hiệu quả số biên chế công chức, viên chức được giao.");
        assertThat(structure.deadline().date()).isEqualTo(LocalDate.of(2026, 7, 31));

        PlanTask lao = task(catalogue, "SO-NGOAIVU", "2.27");
        assertThat(lao.areaCode()).isEqualTo("CV");
        assertThat(lao.deadline().kind()).isEqualTo(Deadline.Kind.NO_FIXED_DATE);
        assertThat(lao.budget()).isEqualTo("Có dự toán riêng");

        PlanTask iso = task(catalogue, "SO-NGOAIVU", "2.44");
        assertThat(iso.areaCode()).isEqualTo("CQS");
        assertThat(iso.task()).isEqualTo(
                "Tham gia tập huấn, đào tạo nghiệp vụ về Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015");
        assertThat(iso.deadline().date()).isEqualTo(LocalDate.of(2026, 12, 31));

        assertThat(task(catalogue, "SO-NGOAIVU", "2.12").deadline().kind()).isEqualTo(Deadline.Kind.RECURRING);
    }

    @Test
    void everyAreaCodeIsOneOfThePlan() {
        Plan plan = PlanLoader.load(SHIPPED);

        assertThat(TaskCatalogueLoader.load(SHIPPED).tasks())
                .allSatisfy(t -> assertThat(plan.areasByCode()).containsKey(t.areaCode()));
    }

    @Test
    void groupTasksApplyToEveryAgencyOfTheKind() {
        TaskCatalogue catalogue = TaskCatalogueLoader.load(SHIPPED);
        Agency commune = new Agency("XA-TEST", "Xã Thử", AgencyKind.XA, List.of());
        Agency otherDepartment = new Agency("SO-TEST", "Sở Thử", AgencyKind.SO, List.of());

        assertThat(catalogue.tasksFor(commune)).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(t -> assertThat(t.assignee()).isEqualTo("XA"));
        assertThat(catalogue.hasTasks(commune)).isTrue();
        assertThat(catalogue.hasTasks(otherDepartment)).isFalse();
    }

    @Test
    void builtInCatalogueMatchesTheShippedFile() {
        assertThat(TaskCatalogueLoader.builtIn().tasks()).isEqualTo(TaskCatalogueLoader.load(SHIPPED).tasks());
    }

    @Test
    void unreadableDeadlineIsAWarningAndYearComesFromTheFileName(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("tasks-2027.csv"), """
                agency_code,task_code,area_code,objective,task,activities,product,lead,cooperating,deadline
                SO-X,1,CDDH,Mục tiêu,Nhiệm vụ một,Hoạt động,Sản phẩm,Văn phòng,Các phòng,Tháng 7
                SO-X,2,CDDH,Mục tiêu,Nhiệm vụ hai,Hoạt động,Sản phẩm,Văn phòng,Các phòng,khi nào xong
                """, StandardCharsets.UTF_8);

        TaskCatalogue catalogue = TaskCatalogueLoader.load(folder);

        assertThat(catalogue.tasks()).hasSize(2);
        assertThat(catalogue.tasks().get(0).deadline().date()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(catalogue.tasks().get(1).deadline().kind()).isEqualTo(Deadline.Kind.UNREADABLE);
        assertThat(catalogue.warnings()).singleElement().asString()
                .contains("tasks-2027.csv").contains("dòng 3").contains("nhiệm vụ 2").contains("khi nào xong");
    }

    private static PlanTask task(TaskCatalogue catalogue, String assignee, String code) {
        return catalogue.tasks().stream()
                .filter(t -> t.assignee().equals(assignee) && t.code().equals(code))
                .findFirst().orElseThrow();
    }
}
