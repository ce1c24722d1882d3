"""Airflow DAG: the care-warehouse nightly load for the run's logical date.

The exit codes follow the README's table. 0 and 3 (already loaded) succeed; 5 (published,
some files refused) succeeds with a warning and is not retried, since a retry would only
answer 3 and hide the refused files; 1 (failed: the same command restarts where it
stopped), 4 (another run holds the warehouse) and a kill are retried; 2 (wrong command or
setting) fails at once without retries.
"""
import logging
import os
import subprocess
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.exceptions import AirflowException, AirflowFailException
from airflow.models import Variable
from airflow.operators.python import PythonOperator

SUCCESS_CODES = {0, 3}
WARNING_CODES = {5}
RETRY_CODES = {1, 4, 137, 143}
NO_RETRY_CODES = {2}


def nightly_load(ds, **_):
    rc = subprocess.run(
        # -XX:+UseParallelGC: the throughput collector, for a batch job (README)
        ["java", "-XX:+UseParallelGC", "-jar", "care-warehouse.jar", "nightly", f"--as-of={ds}",
         "--spring.config.additional-location=file:jobs/council.yaml"],
        cwd="/opt/care-warehouse", check=False,
        # a worker with no LANG would have Java read a path holding é as ASCII
        env={**os.environ, "LANG": os.environ.get("LANG", "C.UTF-8"),
             "CARE_PSEUDONYMISATION_KEY": Variable.get("care_pseudonymisation_key")}).returncode
    if rc in SUCCESS_CODES:
        return rc
    if rc in WARNING_CODES:
        logging.warning("published, but some files were refused as a whole: see rejects "
                        "where source_line <= 1, send them again and --rerun")
        return rc
    if rc in RETRY_CODES:
        raise AirflowException(f"nightly exited {rc}; retrying restarts it")
    raise AirflowFailException(f"nightly exited {rc}; fix the command or setting, not retried")


with DAG(
    dag_id="care_warehouse_nightly",
    schedule="15 2 * * *",
    start_date=pendulum.datetime(2024, 4, 1, tz="Europe/London"),
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=20)},
) as dag:
    PythonOperator(task_id="nightly_load", python_callable=nightly_load)
