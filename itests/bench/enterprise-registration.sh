# Sourced by the load scripts: the enterprise plan (no quotas, the highest request rate) is assigned by the operator,
# not open for registration, so a bench run opens it in the server's etc/ for the run and puts the file back after.
# Usage: open_enterprise_registration KARAF_HOME   (then register with "plan":"enterprise")
open_enterprise_registration() {
  local plan_cfg="$1/etc/org.offerbridge.plan-enterprise.cfg"
  cp "$plan_cfg" "$plan_cfg.bench-backup"
  BENCH_RESTORE="${BENCH_RESTORE:-}mv '$plan_cfg.bench-backup' '$plan_cfg';"
  if grep -q '^selfService=' "$plan_cfg"; then
    sed -i 's/^selfService=.*/selfService=true/' "$plan_cfg"
  else
    echo 'selfService=true' >> "$plan_cfg"
  fi
}

# The baseline of the inbound bench posts to an unmapped path, which counts as an anonymous call: lift the
# per-address anonymous limit for the run and put the file back after.
# Usage: lift_anonymous_limit KARAF_HOME
lift_anonymous_limit() {
  local cfg="$1/etc/org.offerbridge.platform.cfg"
  cp "$cfg" "$cfg.bench-backup"
  BENCH_RESTORE="${BENCH_RESTORE:-}mv '$cfg.bench-backup' '$cfg';"
  sed -i 's/^anonymousRequestsPerMinute=.*/anonymousRequestsPerMinute=10000000/' "$cfg"
}
