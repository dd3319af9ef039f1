package org.casedesk.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of STYLE.md, checked on the compiled modules as the EAR assembles them. */
class ArchitectureTest {

  private static final String WEB = "org.casedesk.web..";
  private static final String BATCH = "org.casedesk.batch..";
  private static final String MICRO = "org.casedesk.micro..";

  private static JavaClasses casedesk;

  @BeforeAll
  static void importClasses() {
    casedesk =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casedesk");
  }

  @Test
  void allThreeModulesAreImported() {
    // Without this, a broken classpath would make every rule below pass on nothing.
    assertThat(casedesk.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
        .contains("web", "batch", "cases", "reports", "accounts");
  }

  @Test
  void domainAndBatchNeverSeeFacesOrTheWebLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackages(WEB)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..", WEB)
        .check(casedesk);
  }

  @Test
  void theDomainDoesNotKnowTheBatchJobsOrTheMicroPackaging() {
    noClasses()
        .that()
        .resideOutsideOfPackages(BATCH, WEB, MICRO)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BATCH, MICRO)
        .check(casedesk);
  }

  @Test
  void theWebLayerCallsServicesAndNeverThePersistenceLayer() {
    noClasses()
        .that()
        .resideInAPackage(WEB)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.persistence..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("SnapshotWriter")
        .check(casedesk);
  }

  /**
   * Classes outside repositories and {@code setup} that still use the EntityManager. The list only
   * shrinks: a new class that needs the EntityManager is a repository (a CDI bean named {@code
   * …Repository} that joins the caller's transaction). {@code DemoCases} is the demo data's cases,
   * written with the cases package's package-private entity methods: setup code that has to live in
   * {@code cases}.
   */
  private static final Set<String> QUERIES_NOT_YET_IN_REPOSITORIES =
      Set.of("org.casedesk.cases.DemoCases");

  @Test
  void onlyRepositoriesAndSetupTouchTheEntityManager() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.casedesk.setup..")
        .and()
        .haveSimpleNameNotEndingWith("Repository")
        .and(notIn(QUERIES_NOT_YET_IN_REPOSITORIES, "are not listed as not yet moved"))
        .should()
        .dependOnClassesThat()
        .areAssignableTo(jakarta.persistence.EntityManager.class)
        .check(casedesk);
  }

  @Test
  void theListOfServicesNotYetUsingRepositoriesNamesOnlyRealClasses() {
    // A class that moved its queries, or was renamed, must leave the list.
    for (String name : QUERIES_NOT_YET_IN_REPOSITORIES) {
      assertThat(casedesk.contain(name)).as(name).isTrue();
      assertThat(
              casedesk.get(name).getAllFields().stream()
                  .anyMatch(
                      f -> f.getRawType().isAssignableTo(jakarta.persistence.EntityManager.class)))
          .as(name + " still has an EntityManager")
          .isTrue();
    }
  }

  /**
   * No cycles between feature packages ({@code org.casedesk.X}, and {@code org.casedesk.web.X}).
   */
  @Test
  void featurePackagesAreFreeOfCycles() {
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching("org.casedesk.(*)..")
        .should()
        .beFreeOfCycles()
        .check(casedesk);
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching("org.casedesk.web.(*)..")
        .should()
        .beFreeOfCycles()
        .check(casedesk);
  }

  /**
   * Accounts and the service base (the caller, the clock) sit below every feature: they use only
   * {@code shared}, so areas, audit, members and the rest can all depend on them.
   */
  @Test
  void accountsDependOnNoOtherFeature() {
    classes()
        .that()
        .resideInAPackage("org.casedesk.accounts..")
        .should()
        .onlyDependOnClassesThat(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage(
                    "org.casedesk..")
                .or(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                        "org.casedesk.accounts..", "org.casedesk.shared..")))
        .check(casedesk);
  }

  /**
   * Where the clock may be read: {@code ClockProducer} makes the Clock that services, repositories,
   * batch artifacts and backing beans inject, so a test can set the time. The one exception is
   * {@code ShanghaiClockProvider}: Bean Validation instantiates it itself
   * (META-INF/validation.xml), outside CDI, for {@code @Past}, {@code @Future} and
   * {@code @IdNumber}.
   */
  private static final Set<String> CLOCK_SOURCES =
      Set.of("org.casedesk.calendar.ClockProducer", "org.casedesk.calendar.ShanghaiClockProvider");

  /**
   * The time comes from the injected Clock: no main class calls {@code now()} or {@code
   * now(ZoneId)} of java.time ({@code now(clock)} is the way), {@code System.currentTimeMillis()},
   * or makes a system clock outside {@link #CLOCK_SOURCES}.
   */
  private static final com.tngtech.archunit.lang.ArchRule TIME_COMES_FROM_THE_INJECTED_CLOCK =
      noClasses()
          .that(notIn(CLOCK_SOURCES, "are not the clock's sources"))
          .should()
          .callMethodWhere(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "it reads the system clock",
                  (com.tngtech.archunit.core.domain.JavaMethodCall call) -> {
                    var target = call.getTarget();
                    String owner = target.getOwner().getName();
                    boolean javaTime = target.getOwner().getPackageName().equals("java.time");
                    boolean withClock =
                        target.getRawParameterTypes().stream()
                            .anyMatch(t -> t.isEquivalentTo(java.time.Clock.class));
                    return (javaTime && target.getName().equals("now") && !withClock)
                        || (owner.equals("java.time.Clock")
                            && target.getName().startsWith("system"))
                        || (owner.equals("java.lang.System")
                            && target.getName().equals("currentTimeMillis"));
                  }));

  @Test
  void timeComesFromTheInjectedClock() {
    TIME_COMES_FROM_THE_INJECTED_CLOCK.check(casedesk);
  }

  /** Reads the time three wrong ways and one right one. */
  static class ReadsTheSystemClock {
    Object[] times(java.time.Clock clock) {
      return new Object[] {
        java.time.LocalDate.now(),
        java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")),
        System.currentTimeMillis(),
        java.time.LocalDate.now(clock)
      };
    }
  }

  @Test
  void theClockRuleFindsEachWayOfReadingTheSystemClock() {
    var result =
        TIME_COMES_FROM_THE_INJECTED_CLOCK.evaluate(
            new ClassFileImporter().importClasses(ReadsTheSystemClock.class));
    assertThat(result.getFailureReport().getDetails()).hasSize(3);
  }

  @Test
  void theClockSourcesAreRealClasses() {
    CLOCK_SOURCES.forEach(name -> assertThat(casedesk.contain(name)).as(name).isTrue());
  }

  @Test
  void everyPublicEjbMethodSaysWhoMayCallIt() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(
            annotatedWith(Stateless.class).or(annotatedWith(Singleton.class)).as("EJBs"))
        .should()
        .beAnnotatedWith(RolesAllowed.class)
        .orShould()
        .beAnnotatedWith(PermitAll.class)
        .orShould()
        .beDeclaredInClassesThat()
        .areAnnotatedWith(RolesAllowed.class)
        .orShould()
        .beDeclaredInClassesThat()
        .areAnnotatedWith(PermitAll.class)
        .check(casedesk);
  }

  @Test
  void ejbsUseContainerTransactionsNotTransactional() {
    noClasses().should().beAnnotatedWith(Transactional.class).check(casedesk);
    noMethods().should().beAnnotatedWith(Transactional.class).check(casedesk);
  }

  @Test
  void businessFailuresRollBack() {
    classes()
        .that()
        .areAssignableTo(org.casedesk.shared.BusinessException.class)
        .should()
        .beAnnotatedWith(ApplicationException.class)
        .check(casedesk);
  }

  @Test
  void idsComeFromSequences() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
        .that()
        .areAnnotatedWith(GeneratedValue.class)
        .should(
            new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaField>(
                "use GenerationType.SEQUENCE") {
              @Override
              public void check(
                  com.tngtech.archunit.core.domain.JavaField field,
                  com.tngtech.archunit.lang.ConditionEvents events) {
                GenerationType strategy =
                    field.getAnnotationOfType(GeneratedValue.class).strategy();
                if (strategy != GenerationType.SEQUENCE) {
                  events.add(
                      com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                          field, field.getFullName() + " uses " + strategy));
                }
              }
            })
        .check(casedesk);
  }

  @Test
  void theWebLayerNeverHoldsAnEntity() {
    noClasses()
        .that()
        .resideInAPackage(WEB)
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .check(casedesk);
  }

  @Test
  void noPublicServiceMethodReturnsAnEntity() {
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Stateless.class)
        .should()
        .haveRawReturnType(annotatedWith(jakarta.persistence.Entity.class).as("an entity"))
        .check(casedesk);
  }

  @Test
  void backingBeansAreNamedAndViewOrRequestScoped() {
    classes()
        .that()
        .resideInAPackage(WEB)
        .and()
        .haveSimpleNameEndingWith("Backing")
        .should()
        .beAnnotatedWith(jakarta.inject.Named.class)
        .andShould(
            com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(
                    jakarta.faces.view.ViewScoped.class)
                .or(
                    com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(
                        jakarta.enterprise.context.RequestScoped.class)))
        .check(casedesk);
  }

  @Test
  void onlyTheSignedInUserLivesInTheSession() {
    classes()
        .that()
        .areAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
        .should()
        .haveSimpleName("UserSession")
        .check(casedesk);
  }

  /** Classes, nested ones with their outer class, whose name is not in {@code names}. */
  private static com.tngtech.archunit.base.DescribedPredicate<
          com.tngtech.archunit.core.domain.JavaClass>
      notIn(Set<String> names, String description) {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        description, c -> !names.contains(c.getName().replaceAll("\\$.*", "")));
  }
}
