/** The README's demo workload: shows the GPUs it was leased and writes a result file. */
import type { WorkloadSpec } from '@gpumesh/protocol'

export const DEMO_SCRIPT = [
  'echo "hello from gpumesh job $GPUMESH_JOB_ID"',
  'echo "leased GPUs: CUDA_VISIBLE_DEVICES=$CUDA_VISIBLE_DEVICES"',
  'for i in 1 2 3; do echo "step $i/3"; sleep 0.2; done',
  'echo "GPUs $CUDA_VISIBLE_DEVICES computed 6 * 7 = $((6 * 7))" > "$GPUMESH_OUTPUT_DIR/answer.txt"',
  'echo "wrote answer.txt"'
].join('\n')

export function demoSpec (): Partial<WorkloadSpec> {
  return { runtime: 'process', command: ['sh', '-c', DEMO_SCRIPT], timeoutS: 60 }
}
