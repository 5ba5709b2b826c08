/**
 * The commented config file `gpumesh-node init` writes: every key with its default and
 * why it is there. config.spec checks that it parses back to defaultConfig().
 */
import { NAT_CONFIG_YAML } from './nat-config.js'

/** The commented config file `gpumesh-node init` writes; it parses back to defaultConfig(). */
export function renderDefaultConfigYaml (): string {
  return `# gpumesh-node configuration. Every key is optional; these are the defaults.
# Money is in micro-credits (1 credit = 1000000).

# Multiaddrs to listen on (0.0.0.0 to accept peers from other machines).
listen:
  - /ip4/127.0.0.1/tcp/0
# Addresses to announce instead of the listen addresses (NAT, containers).
announce: []
# Peers to join the network through, each with /p2p/<peer id>.
bootstrap: []
# Find peers on the local network by mDNS.
mdns: false

# Local HTTP API: GET /status (JSON) and GET /metrics (Prometheus).
api:
  enabled: true
  host: 127.0.0.1
  port: 7070

# Region and attributes advertised in offers; orders may require them.
region: ""
attributes: {}

# How bids are priced. kind: fixed | scale | surge
#   scale adds pricePerCpuCoreHour, pricePerGiBMemoryHour, pricePerGiBDiskHour
#   surge adds thresholdPercent and maxMultiplierPercent
pricing:
  kind: fixed
  pricePerGpuHour: 2000000

gpus:
  # Run nvidia-smi / rocm-smi to find GPUs.
  detect: true
  # GPUs no tool can detect here; shown as declared, never as verified. Example:
  #   - { vendor: nvidia, model: "NVIDIA GeForce RTX 4090", vramMiB: 24564, count: 1, computeCapability: "8.9" }
  declared: []

# Runtimes to offer (only those that work on this machine are offered).
runtimes:
  - process
  - docker

docker:
  # The engine is found at $DOCKER_HOST, else /var/run/docker.sock. Jobs run images
  # already on it; these may be pulled too (exact names or globs, "*" = any), e.g.
  #   pullImages: ["pytorch/pytorch:*", "nvidia/cuda:*"]
  # Offers list both; a job asking for another image is declined at bid time.
  pullImages: []

offers:
  # Republish the offer this often, and on every capacity change.
  intervalMs: 10000
  # An offer stays valid this long after it is signed (peers cap it at 60000).
  ttlMs: 30000

probe:
  # Measure this machine (CPU, memory, disk; about 1 s, in the job sandbox) at start
  # and at this interval, and sign the figures into every offer.
  enabled: true
  intervalMs: 600000
  # On a GPU host: a command run on the GPUs as a job that prints
  #   gpumesh-gpu-probe {"gflops":N,"h2dMiBps":N}
  # e.g. ["/opt/probe/cuda-probe"]; empty = no GPU figures.
  gpuCommand: []

bidding:
  # A bid's GPUs stay reserved this long, waiting for the client's lease request
  # (clients lease within their bid window, a few hundred ms).
  reservationHoldMs: 5000
  # Orders accepted per peer per second; more are declined as rate-limited.
  maxOrdersPerPeerPerSecond: 20
  # Longest job accepted, seconds.
  maxDurationS: 86400

leases:
  # A client has this long after the lease to submit its workload (the SDK leases and
  # submits in one message; only a separate /gpumesh/lease request waits on this).
  submitWindowMs: 10000
  # On SIGINT/SIGTERM the provider drains: it stops bidding, then either lets running
  # jobs finish for up to shutdownGraceMs (finish) or stops them now (release). A job
  # still running then ends with a receipt for the time used, and its client retries
  # it elsewhere. A second signal cuts the grace short; a third exits at once.
  onShutdown: finish
  shutdownGraceMs: 30000

jobs:
  # Bytes of stdout+stderr kept per job; past it the output is cut and marked.
  maxLogBytes: 16777216
  # Log lines per second per job; the rest are dropped and counted.
  maxLogLinesPerSecond: 1000
  # Total bytes of result files per job.
  maxResultBytes: 268435456
  # Heartbeat interval while a job runs; clients call a provider lost after 3 missed.
  heartbeatMs: 2000

# Inputs given by URL (with their sha256 and size): fetched while the job is preparing,
# checked, and kept in a content-addressed cache under the data dir.
inputs:
  # Bytes the cache may hold; the least recently used inputs are removed past it.
  maxCacheBytes: 10737418240
  # Largest single input fetched.
  maxInputBytes: 4294967296
  # Limit of the preparing phase when the job sets none, seconds.
  preparingTimeoutS: 600
  # Hosts inputs may come from (globs).
  allowHosts: ["*"]
  # Fetch from loopback, private and link-local addresses: off keeps jobs out of your LAN.
  allowPrivateAddresses: false
  # Fetch plain http:// URLs (the sha256 still checks every byte).
  allowHttp: true

# Sell only idle time on detected GPUs (a workstation or a lab's cluster).
idle:
  enabled: false
  # Sample nvidia-smi / rocm-smi this often.
  sampleMs: 5000
  # A GPU the owner used is offered again after this long idle.
  idlePeriodMs: 300000
  # A GPU is the owner's above this utilisation or memory in use, or with any process not ours.
  maxUtilizationPercent: 10
  maxMemoryUsedMiB: 512
  # When GPUs may be sold, local time; empty means always. Example: ["Mon-Fri 19:00-07:00", "Sat-Sun 00:00-24:00"]
  windows: []
  # When the owner returns to a leased GPU or a window closes: grace (stop after graceMs) or stop (now).
  preemption: grace
  graceMs: 120000

# GPUs held without a running workload: reserved by bids, or leased and not yet submitted.
holds:
  # One client, or one network address, holds at most this percent of the GPUs (at least 1).
  maxClientPercent: 50
  # All such holds together take at most this percent (at least 1 GPU). Past a bound a bid
  # still comes, but holds nothing: the first Submit takes its GPUs. Hoarders cannot take
  # the rest. The bounds are for strangers: a client whose jobs here used more GPU time
  # (in lapseWindowMs) than its lapsed leases held is not bounded.
  maxHeldPercent: 50
  # A client whose leases lapse unsubmitted this many times in lapseWindowMs (more often
  # than it submits) is declined for penaltyMs; an address (NAT) after twice as many.
  lapsesToPenalty: 3
  lapseWindowMs: 600000
  penaltyMs: 300000

policy:
  # Sandbox for the process runtime: bwrap (bubblewrap) or none.
  # none is refused unless allowClients lists who may run unsandboxed code here.
  sandbox: bwrap
  # Client peer ids allowed to buy here; empty means anyone not denied.
  allowClients: []
  denyClients: []
  maxConcurrentJobsPerClient: 4
  # Give jobs that ask for it network access.
  allowNetwork: false

sessions:
  # Into running jobs, for their own clients only. port-forward reaches the ports a
  # job's spec declares, inside its sandbox; exec and shell run commands in it.
  forward: true
  exec: true
  # Forwarded TCP connections open at once into one job.
  maxConnectionsPerJob: 64
  # Bytes per second, both ways together, over one job's forwarded connections.
  maxBytesPerSecond: 104857600
  # Exec and shell sessions open at once into one job.
  maxExecSessionsPerJob: 4
${NAT_CONFIG_YAML}`
}
