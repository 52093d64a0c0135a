-- Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d):
-- one database per service, each changed only by that service's Flyway migrations.
CREATE DATABASE catalog ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE orders ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE training ENCODING 'UTF8' TEMPLATE template0;
