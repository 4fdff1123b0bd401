package org.customerhub.demo;

enum Gender {
    FEMALE, MALE
}
