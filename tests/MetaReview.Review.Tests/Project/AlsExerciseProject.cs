namespace MetaReview.Review.Tests.Project;

/// <summary>
/// A small review of exercise in ALS built only from published numbers (docs/ALS-TRIALS.md in the shared
/// material): Braga 2018, Lunetta 2016 and Zucchi 2019 ALSFRS-R at 6 months; Plowman 2023 change in MEP and
/// MIP reported as mean (95% CI) per arm; Dal Bello-Haas 2007 awaiting data; Kitano 2018 excluded by design.
/// </summary>
internal static class AlsExerciseProject
{
    public const string Yaml = """
        version: 1
        title: "Exercise for people with amyotrophic lateral sclerosis: a worked example"
        question:
          population: Adults with amyotrophic lateral sclerosis (ALS)
          intervention: Exercise (resistance, aerobic, combined, respiratory muscle training)
          comparison: Usual care, stretching, sham training, or another exercise dose
          outcomes: Function (ALSFRS-R), respiratory muscle strength (MEP, MIP)
          study_design: Randomised controlled trials
        eligibility:
          - id: design
            text: Randomised controlled trials
            reason: not randomised
          - id: population
            text: Adults with ALS
        characteristics:
          - id: exercise_type
            name: Exercise type
            values: [resistance, aerobic, combined, respiratory]
        studies:
          - id: braga2018
            label: Braga 2018
            citation: Braga et al. (2018). Neurol Res Int 2018:8218697. PMC5832023
            design: rct
            arms:
              - {id: exercise, description: CPET-guided moderate aerobic exercise 2x/week + standard care for 6 months, n_randomised: 24}
              - {id: control, description: Standard care, n_randomised: 24}
            characteristics: {exercise_type: aerobic}
          - id: lunetta2016
            label: Lunetta 2016
            citation: Lunetta et al. (2016). J Neurol
            design: rct
            arms:
              - {id: exercise, description: "Strictly monitored exercise programme (active, cycle ergometer, passive)", n_randomised: 30}
              - {id: usual, description: Usual care, n_randomised: 30}
            characteristics: {exercise_type: Combined}
          - id: zucchi2019
            label: Zucchi 2019
            citation: Zucchi et al. (2019). Ann Clin Transl Neurol. PMC6529833
            design: rct
            arms:
              - {id: intensive, description: Exercise 5 sessions/week, n_randomised: 32}
              - {id: usual, description: Exercise 2 sessions/week, n_randomised: 33}
            notes: Both arms exercise (an intensity comparison)
          - id: plowman2023
            label: Plowman 2023
            citation: Plowman et al. (2023). Neurology
            doi: 10.1212/WNL.0000000000206830
            design: rct
            arms:
              - {id: training, description: Inspiratory and expiratory muscle strength training for 12 weeks, n_randomised: 23}
              - {id: sham, description: Sham training, n_randomised: 22}
            characteristics: {exercise_type: respiratory}
          - id: dalbellohaas2007
            label: Dal Bello-Haas 2007
            citation: Dal Bello-Haas et al. (2007). Neurology 68:2003
            design: rct
            arms:
              - {id: resistance, description: Home resistance exercise 3x/week + stretching for 6 months, n_randomised: 13}
              - {id: stretching, description: Stretching, n_randomised: 14}
            characteristics: {exercise_type: resistance}
            status: awaiting-data
            notes: Per-arm means and SDs are not available to us; Cochrane review CD005229 pooled them
          - id: kitano2018
            label: Kitano 2018
            citation: Kitano et al. (2018). Arch Phys Med Rehabil 99:2114
            design: non-randomised
            status: excluded
            criterion: design
            notes: Home exercise with historical controls
        analysis:
          model: random
          tau2: REML
        outcomes:
          - id: alsfrs_6m
            name: ALSFRS-R at 6 months
            type: continuous
            measure: MD
            direction: higher-is-better
            time_point: 6 months
            unit: points (0-48)
            analysis:
              subgroups: [exercise_type]
              sensitivity:
                - fixed-effect
                - name: Without Zucchi 2019 (both arms exercise)
                  exclude: [zucchi2019]
            data:
              - study: braga2018
                source: Table 2 (T2)
                experimental: {arm: exercise, n: 24, mean: 34.1, sd: 7.1}
                control: {arm: control, n: 24, mean: 29.5, sd: 7.7}
              - study: lunetta2016
                source: Results (randomised n)
                experimental: {arm: exercise, n: 30, mean: 32.8, sd: 6.5}
                control: {arm: usual, n: 30, mean: 28.7, sd: 7.5}
              - study: zucchi2019
                source: Results
                experimental: {arm: intensive, n: 32, mean: 33.08, sd: 9.76}
                control: {arm: usual, n: 33, mean: 33.08, sd: 9.42}
              - study: dalbellohaas2007
                missing: Per-arm ALSFRS data are not available to us
            grade:
              imprecision: {downgrade: 1, reason: "Three trials with 173 participants: the optimal information size is not met."}
          - id: mep_change
            name: Maximum expiratory pressure, change from baseline
            type: continuous
            measure: MD
            direction: higher-is-better
            time_point: 12 weeks
            unit: cmH2O
            analysis:
              model: fixed
            data:
              - study: plowman2023
                source: Results, change from baseline with 95% CI per arm
                experimental: {arm: training, n: 23, mean: 20.8, ci_lower: 7.6, ci_upper: 33.9}
                control: {arm: sham, n: 22, mean: -1.0, ci_lower: -9.1, ci_upper: 7.2}
          - id: mip_change
            name: Maximum inspiratory pressure, change from baseline
            type: continuous
            measure: MD
            direction: higher-is-better
            time_point: 12 weeks
            unit: cmH2O
            analysis:
              model: fixed
            data:
              - study: plowman2023
                source: Results, change from baseline with 95% CI per arm
                experimental: {arm: training, n: 23, mean: 8.9, ci_lower: 1.5, ci_upper: 16.3}
                control: {arm: sham, n: 22, mean: 4.8, ci_lower: -0.6, ci_upper: 10.2}
        """;
}
