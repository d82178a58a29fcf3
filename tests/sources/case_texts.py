"""Texts of a small valid case, shared by the readers' tests."""

CASE_YAML = """\
id: test-case
title: 测试案例
language: zh
period: month
start: 2017-09-01
end: 2019-12-31
actors:
  - id: gov
    name: L镇宣传文化办
    role: government
    aliases: [镇政府, 宣传办, 王主任]
  - id: swo
    name: 启明社会工作服务中心
    role: social_org
    aliases: [社工机构, 李主任]
  - id: residents
    name: 居民
    role: community
contract:
  signed: 2017-09-01
  term_months: 24
  budget: 600000
"""

NOTE = """\
---
date: 2018-03-15
kind: field_note
title: 周例会
---
王主任说每周要上报台账。

李主任没有说话。
"""
